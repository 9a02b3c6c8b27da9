# E-mails aux candidats, dans la langue de leur candidature (texte brut ; les lignes sont
# conservées telles quelles). Les adresses ({ $…url }) sont des liens entiers : une par ligne.

mail-signature = Panopto Carrières

mail-received-subject = Nous avons bien reçu votre candidature : { $title }
mail-received-body =
    Bonjour { $name },

    Merci pour votre candidature au poste « { $title } » chez { $company }.
    Votre numéro de référence est { $reference }.

    Vous pouvez consulter le statut de votre candidature, et la retirer si vous le
    souhaitez, grâce à ce lien personnel (gardez-le pour vous : toute personne qui le
    possède peut voir le statut) :

    { $status_url }

    La suite : l’équipe de recrutement examine chaque candidature et vous contactera
    par e-mail. La manière dont nous utilisons et conservons vos données est expliquée
    dans notre politique de confidentialité des candidats :
    { $privacy_url }

    Panopto Carrières

mail-stage-subject = Votre candidature au poste « { $title } » : du nouveau
mail-stage-body =
    Bonjour { $name },

    { $stage ->
        [screening] Votre candidature au poste « { $title } » (référence { $reference }) est en cours d’examen par l’équipe de recrutement.
        [interview] Bonne nouvelle : l’équipe de recrutement souhaite vous rencontrer en entretien pour le poste « { $title } » (référence { $reference }). Elle vous contactera par e-mail pour convenir d’un horaire.
        [offer] Bonne nouvelle : l’équipe de recrutement prépare une proposition d’embauche pour le poste « { $title } » (référence { $reference }) et vous contactera pour vous en communiquer les détails.
        [hired] Bienvenue parmi nous : nous avons le plaisir de vous confirmer votre embauche au poste « { $title } » (référence { $reference }). L’équipe vous contactera au sujet de vos premiers jours.
       *[rejected] Merci de l’intérêt que vous avez porté au poste « { $title } » (référence { $reference }). Après un examen attentif, l’équipe de recrutement a décidé de ne pas donner suite à votre candidature.
    }

    Vous pouvez consulter le statut de votre candidature grâce au lien personnel figurant
    dans l’e-mail de confirmation que nous vous avons envoyé lorsque vous avez postulé.
    La manière dont nous utilisons et conservons vos données est expliquée dans notre
    politique de confidentialité des candidats :

    { $privacy_url }

    Panopto Carrières

mail-request-subject = Confirmez votre demande relative à vos données
mail-request-body =
    Bonjour { $name },

    Nous avons reçu une demande concernant les données que Panopto Carrières détient
    pour cette adresse e-mail :

        { $kind ->
            [access] Consulter et télécharger mes données
            [correction] Rectifier mes coordonnées
            [deletion] Supprimer mes données
           *[withdraw] Retirer toutes mes candidatures en cours
        }

    Pour la confirmer, ouvrez ce lien dans les { $hours } heures. Il ne fonctionne qu’une
    fois, et rien ne se passe tant que vous n’avez pas confirmé sur la page qui s’ouvre :

    { $link_url }

    Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : rien ne sera
    modifié, et le lien cessera de fonctionner de lui-même.

    Panopto Carrières

mail-deleted-subject = Vos données ont été supprimées
mail-deleted-body =
    Bonjour,

    Conformément à votre demande du { $requested } (confirmée le { $verified }), Panopto
    Carrières a supprimé le { $deleted } les données détenues en lien avec cette adresse
    e-mail :

    - vos candidatures, avec leurs CV et le texte qui en a été extrait, les lettres de
      motivation, les commentaires et les notes des évaluateurs, les entretiens et les
      retours des personnes qui les ont menés, les propositions d’embauche, ainsi que
      l’historique de leurs étapes ;
    - vos coordonnées (nom, adresse e-mail, numéro de téléphone, pays, lien vers votre
      profil) et tout consentement relatif au vivier de talents ;
    - tout envoi qui attendait votre vérification ;
    - les e-mails que nous vous avions envoyés.

    Ce que nous conservons, sans votre nom, votre adresse ni aucune autre information
    vous concernant :

    - pour chaque candidature supprimée, une entrée dans notre journal d’audit indiquant
      qu’elle a été supprimée à votre demande, et à quelle date ;
    - pour les candidatures anonymisées précédemment, leur résumé anonyme (poste,
      société, dates et étapes), à des fins de statistiques de recrutement ;
    - le type et les dates de votre demande. Une fois cette attestation envoyée, nous
      oublions également votre adresse e-mail : nous ne pourrons donc plus vous contacter.

    Si vous postulez de nouveau à l’avenir, cette candidature repartira de zéro.

    Panopto Carrières

mail-pool-subject = Rester dans le vivier de talents Panopto ?
mail-pool-body =
    Bonjour { $name },

    Lorsque vous avez postulé, vous avez accepté que nous étudiions votre candidature
    pour d’autres postes au sein de toutes les sociétés Panopto. Ce consentement prend
    fin le { $ends }. Nous anonymiserons alors vos candidatures (sauf si l’une d’elles
    est encore en cours) et ne vous contacterons plus au sujet d’autres offres.

    Pour rester dans notre vivier de talents pendant { $months } mois supplémentaires,
    ouvrez ce lien et confirmez :

    { $link_url }

    Pour laisser votre consentement expirer, vous n’avez rien à faire.

    Panopto Carrières

mail-invitation-subject = Votre entretien pour le poste « { $title } » : { $when }
mail-invitation-changed-subject = Modification – votre entretien pour le poste « { $title } » : { $when }
mail-invitation-intro =
    Bonjour { $name },

    Nous souhaitons vous inviter à un entretien pour le poste « { $title } ».
mail-invitation-changed-intro =
    Bonjour { $name },

    L’horaire ou le lieu de votre entretien a changé. Voici les nouvelles informations.
# Le bloc d’informations : le retrait de deux espaces le distingue dans le texte brut.
mail-invitation-facts =
    {"  "}{ $step } (référence { $reference })
    {"  "}Date :  { $when } ({ $zone })
    {"  "}Durée : { $minutes } minutes
    {"  "}Lieu :  { $place }
mail-invitation-outro =
    L’invitation jointe ajoute l’entretien à votre agenda, qui l’affiche dans votre
    propre fuseau horaire. Si l’horaire ne vous convient pas, veuillez répondre à cet
    e-mail.

    La manière dont nous utilisons et conservons vos données est expliquée dans notre
    politique de confidentialité des candidats :
    { $privacy_url }

    Panopto Carrières

mail-cancelled-subject = Annulation : votre entretien pour le poste « { $title } »
mail-cancelled-body =
    Bonjour { $name },

    Votre entretien pour le poste « { $title } » ({ $step }, référence { $reference }),
    prévu le { $when }, est annulé. L’annulation jointe le retire de votre agenda.

    Si nous souhaitons trouver un autre horaire, nous vous écrirons. La manière dont nous
    utilisons et conservons vos données est expliquée dans notre politique de
    confidentialité des candidats :

    { $privacy_url }

    Panopto Carrières

mail-slots-subject = Choisissez l’horaire de votre entretien pour le poste « { $title } »
mail-slots-intro =
    Bonjour { $name },

    Nous souhaitons vous inviter à un entretien pour le poste « { $title } » : { $step },
    { $minutes } minutes. Veuillez choisir le créneau qui vous convient le mieux :

    { $link_url }

    Voici les créneaux que nous pouvons vous proposer, affichés dans le fuseau horaire
    { $zone } (la page peut les afficher dans le fuseau horaire de votre choix) :
mail-slots-outro =
    Le lien est valable jusqu’au { $expires }. Le premier créneau choisi est réservé,
    et vous recevez ensuite une invitation d’agenda par e-mail.

    La manière dont nous utilisons et conservons vos données est expliquée dans notre
    politique de confidentialité des candidats :
    { $privacy_url }

    Panopto Carrières
