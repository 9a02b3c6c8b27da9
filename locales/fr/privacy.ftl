# Politique de confidentialité des candidats, page des cookies et demandes relatives aux données.

privacy-title = Politique de confidentialité des candidats
privacy-lead = Cette politique explique ce qu’il advient des informations que vous nous communiquez lorsque vous postulez à une offre sur ce site : ce que nous collectons, pourquoi, qui y a accès, où elles sont conservées, pendant combien de temps, et ce que vous pouvez faire à ce sujet.
privacy-toc = Sur cette page
privacy-who = Qui sommes-nous ?
privacy-what = Les données que nous collectons
privacy-why = Pourquoi nous les utilisons
privacy-sharing = Qui y a accès
privacy-transfer = Où elles sont stockées
privacy-minors = Candidats de moins de 18 ans
privacy-sensitive = Informations sensibles
privacy-retention = Durée de conservation
privacy-rights = Vos droits et comment les exercer
privacy-security = Sécurité
privacy-contact = Contact
privacy-who-text = Panopto recrute par l’intermédiaire de plusieurs sociétés. La société qui publie une offre est celle à laquelle vous postulez, et c’est elle qui décide de ce qu’il advient de votre candidature :
privacy-who-runs = Panopto, Inc., établie à Seattle (États-Unis), exploite ce site de recrutement pour le compte de l’ensemble de ces sociétés.
privacy-what-form = Ce que vous saisissez dans le formulaire de candidature : votre nom, votre adresse e-mail, votre numéro de téléphone (facultatif), votre pays de résidence, votre lettre de motivation et un lien vers votre profil (ces deux derniers étant facultatifs).
privacy-what-resume = Votre CV, sous la forme du fichier que vous importez, ainsi que le texte que nous en extrayons pour que les évaluateurs puissent y effectuer des recherches et le prévisualiser.
privacy-what-choices = Vos choix : le fait que vous avez lu cette politique, votre consentement au transfert décrit ci-dessous, et si vous souhaitez que votre candidature soit étudiée pour d’autres postes.
privacy-what-process = Le suivi de votre candidature : son étape, les commentaires et les notes attribuées par les personnes qui l’examinent, vos entretiens et les retours des personnes qui les ont menés, ainsi que toute proposition d’embauche qui vous est faite.
privacy-what-dob = Nous vous demandons votre date de naissance uniquement pour vérifier que vous avez au moins 18 ans. Nous l’utilisons pour cette vérification pendant la réception de votre formulaire, puis nous la supprimons : elle n’est jamais enregistrée, jamais inscrite dans nos journaux et jamais montrée à qui que ce soit. Nous conservons uniquement le fait que la vérification a été concluante, et sa date.
privacy-what-ip = Comme tout site web, nos serveurs voient votre adresse IP. Nous l’utilisons uniquement, pendant une courte durée et sous une forme qui ne permet pas de la reconstituer, pour bloquer les envois automatisés en masse. Nous n’utilisons aucun outil de mesure d’audience ni de publicité.
privacy-why-text = Nous utilisons vos informations pour étudier votre candidature au poste auquel vous avez postulé, pour vous contacter à ce sujet et pour conserver les documents que le droit du travail nous impose de tenir. Si vous y consentez, nous étudions également votre candidature pour d’autres postes au sein de toutes les sociétés Panopto, pendant une durée limitée. Nous ne les utilisons pas à des fins de marketing et ne les vendons pas.
privacy-sharing-text = Uniquement les personnes qui en ont besoin : les recruteurs et les responsables du recrutement de la société qui a publié l’offre, les managers affectés à ce poste, et une petite équipe RH chargée des dossiers, de la conservation des données et des demandes relatives aux données. Le personnel d’une autre société Panopto n’a pas accès à votre candidature, sauf si vous avez accepté qu’elle soit étudiée pour d’autres postes. Chaque fois qu’un membre du personnel ouvre une candidature ou télécharge un CV, cette action est enregistrée.
privacy-sharing-outside = Nous ne communiquons pas les candidatures en dehors de Panopto, sauf à des prestataires qui exploitent nos systèmes pour notre compte dans le cadre d’un contrat et d’un engagement de confidentialité, ou lorsque la loi nous y oblige.
privacy-transfer-text = Tout ce que vous envoyez via ce site est stocké et traité aux États-Unis, quelle que soit la société à laquelle vous postulez. Si vous résidez hors des États-Unis, nous vous demandons votre consentement explicite à ce transfert, ainsi qu’au traitement par la société Panopto qui a publié l’offre, avant d’accepter votre candidature. Sans ce consentement, nous ne pouvons pas traiter votre candidature.
privacy-minors-text = Vous devez avoir au moins 18 ans pour postuler. Si la vérification de l’âge montre que vous êtes plus jeune, votre candidature est refusée et rien de ce que vous avez envoyé n’est conservé. Si nous apprenons par la suite qu’un candidat a moins de 18 ans, nous supprimons immédiatement sa candidature.
privacy-sensitive-text = Merci de ne pas nous transmettre d’informations sensibles : numéros d’identification officiels (comme un numéro de sécurité sociale américain), origine raciale ou ethnique, opinions politiques, religion ou autres convictions, données de santé, biométriques ou génétiques, antécédents judiciaires ou appartenance syndicale. Nous n’en avons pas besoin pour étudier votre candidature. Lorsque vous postulez, nous recherchons ce type d’informations dans votre formulaire et votre CV et, si nous en trouvons, nous vous montrons ce que nous avons trouvé afin que vous puissiez le supprimer avant l’envoi de votre candidature.
privacy-retention-rejected = Si le poste ne vous est pas proposé, nous anonymisons votre candidature un an après la décision : votre nom, vos coordonnées, votre lettre de motivation, votre CV et les commentaires des évaluateurs sont supprimés, et il ne subsiste que des statistiques ne permettant pas de vous identifier.
privacy-retention-withdrawn = Si vous retirez votre candidature, nous la supprimons 30 jours plus tard.
privacy-retention-pool = Si vous acceptez que votre candidature soit étudiée pour d’autres postes, nous la conservons pendant { $months } mois, vous prévenons avant la fin de cette période, puis l’anonymisons, sauf si vous renouvelez votre consentement.
privacy-retention-hired = En cas d’embauche, votre candidature est versée à votre dossier du personnel, qui fait l’objet d’une politique de confidentialité distincte.
privacy-retention-legal = Nous pouvons être tenus de conserver une candidature plus longtemps lorsque la loi l’exige, par exemple en cas de litige. Tant qu’une telle obligation s’applique, vos données sont conservées et protégées ; elles sont supprimées lorsque l’obligation prend fin.
privacy-rights-text = Vous pouvez demander à accéder aux données que nous détenons à votre sujet (et à en recevoir une copie téléchargeable), à les rectifier, à les effacer, ou à retirer vos candidatures. Pour que personne d’autre que vous ne puisse le faire, chaque demande est confirmée au moyen d’un lien que nous envoyons à l’adresse e-mail utilisée lors de votre candidature, et ne porte que sur les données associées à cette adresse.
privacy-rights-form-html = Utilisez le <a href="{ $form_url }">formulaire de demande relative à vos données</a> ou écrivez-nous (voir ci-dessous). Nous répondons dans un délai de 30 jours. Lorsque nous supprimons vos données à votre demande, nous vous envoyons une attestation indiquant ce qui a été supprimé et quelle trace anonyme subsiste. L’e-mail de confirmation de votre candidature contient également un lien personnel pour en consulter le statut et la retirer.
privacy-rights-authority = Si vous résidez au Royaume-Uni, dans l’Espace économique européen ou dans un autre pays doté d’une législation sur la protection des données, vous pouvez également introduire une réclamation auprès de l’autorité de contrôle de la protection des données de votre pays.
privacy-security-text = Les candidatures ne sont accessibles, via des connexions chiffrées, qu’aux membres du personnel authentifiés qui ont besoin d’en connaître. Les CV sont stockés de manière privée et ne sont jamais publiés. Aucun système n’est parfaitement sûr, mais nous nous efforçons de protéger vos informations en fonction de leur sensibilité.
privacy-contact-html = Pour toute question ou demande concernant vos données : <a href="mailto:{ $email }">{ $email }</a>, ou par courrier à Panopto, Inc., à l’attention du délégué à la protection des données (DPO), 506 2nd Avenue, Suite 1600, Seattle, WA 98104, États-Unis.
privacy-updated = Nous mettrons à jour cette politique lorsque nos pratiques évolueront et indiquerons ici la date de la dernière modification. Dernière mise à jour : { $date }.
privacy-translation-html = Cette traduction est fournie pour votre commodité ; en cas de divergence avec la <a href="{ $english_url }">version anglaise</a>, c’est la version anglaise qui prévaut.

cookies-title = Cookies
cookies-intro = Ce site ne dépose que les cookies nécessaires à son fonctionnement. Il n’utilise aucun cookie de mesure d’audience, de publicité ou de suivi, et rien n’est chargé depuis d’autres sites web.
cookies-caption = Cookies déposés par ce site
cookies-name = Nom
cookies-why = Finalité
cookies-how-long = Durée
cookies-who = Personnes concernées
cookies-outro = Ces cookies étant strictement nécessaires, nous ne demandons pas votre consentement pour les déposer. Vous pouvez bloquer ou supprimer les cookies dans votre navigateur ; la connexion du personnel et l’envoi de formulaires ne fonctionneront alors plus.
cookie-csrf-purpose = Protège les formulaires que vous envoyez (candidatures, demandes relatives aux données, formulaires du personnel) contre la falsification de requêtes intersites (CSRF).
cookie-csrf-lifetime = Une semaine
cookie-csrf-who = Toute personne qui ouvre un formulaire
cookie-flash-purpose = Transmet un message ponctuel (par exemple « votre demande a été envoyée ») à la page suivante, puis est supprimé.
cookie-flash-lifetime = Supprimé dès que le message est affiché
cookie-flash-who = Toute personne, après l’envoi d’un formulaire
cookie-session-purpose = Maintient la connexion des membres du personnel. Chiffré et illisible par les scripts.
cookie-session-lifetime = Expire après une période d’inactivité ou au plus tard au bout d’une journée de travail, ainsi qu’à la déconnexion
cookie-session-who = Personnel uniquement
cookie-sso-purpose = Authentification unique du personnel uniquement : accompagne une connexion au service d’authentification de votre entreprise et le retour, puis ce qui vous y déconnecte. Chiffré et illisible par les scripts.
cookie-sso-lifetime = Dix minutes pour une connexion en cours, puis jusqu’à la déconnexion, au plus une journée de travail
cookie-sso-who = Personnel qui se connecte avec son compte d’entreprise

request-title = Vos données : faire une demande
request-heading = Consulter, rectifier ou supprimer vos données
request-intro = Indiquez-nous l’adresse e-mail utilisée pour postuler et ce que vous souhaitez que nous fassions. Si nous détenons des données associées à cette adresse, nous y envoyons un lien ; la demande n’est traitée qu’une fois que vous avez ouvert ce lien et confirmé. Le lien ne fonctionne qu’une fois, pendant 24 heures.
request-email = Adresse e-mail utilisée pour postuler
request-kind = Que souhaitez-vous que nous fassions ?
request-kind-access = Consulter et télécharger mes données
request-kind-correction = Rectifier mes coordonnées
request-kind-deletion = Supprimer mes données
request-kind-withdraw = Retirer toutes mes candidatures en cours
request-kind-required = Veuillez indiquer ce que vous souhaitez que nous fassions.
request-send = M’envoyer le lien
request-footer-html = Comment nous utilisons et conservons vos données : consultez la <a href="{ $privacy_url }">politique de confidentialité des candidats</a>. Nous répondons à chaque demande confirmée dans un délai de 30 jours.
requested-title = Consultez votre messagerie
requested-text = Si nous détenons des données associées à cette adresse, nous y avons envoyé un lien. Ouvrez-le dans les 24 heures pour confirmer votre demande ; rien ne se passe tant que vous ne l’avez pas fait.
requested-spam = Si vous ne recevez aucun e-mail d’ici quelques minutes, vérifiez votre dossier de courrier indésirable (spam). Si nous ne détenons aucune donnée associée à cette adresse, aucun e-mail n’est envoyé.
request-rate-limited = Nous avons reçu plusieurs demandes provenant de votre réseau au cours de la dernière heure. Veuillez réessayer plus tard.
link-gone-title = Ce lien ne fonctionne plus
link-gone-text = Ce lien a expiré ou a déjà été utilisé. Vous pouvez faire une nouvelle demande à l’aide du formulaire de demande relative à vos données.
see-open-jobs = Voir les offres d’emploi

verify-title = Confirmez votre demande
verify-access-text-html = Téléchargez une archive (ZIP) contenant tout ce que nous conservons en lien avec votre adresse e-mail : un fichier <code>data.json</code> avec vos coordonnées, vos candidatures avec leur historique et les commentaires des évaluateurs, vos entretiens et les retours vous concernant, les e-mails que nous vous avons envoyés et vos demandes relatives à vos données, ainsi que les fichiers de CV que vous avez envoyés.
verify-download = Télécharger mes données
verify-access-once = Ce lien ne fonctionne qu’une fois : conservez l’archive en lieu sûr.
verify-correction-text = Rectifiez les coordonnées que nous détenons à votre sujet. Elles s’appliquent à toutes vos candidatures.
verify-transfer = J’accepte que mes candidatures soient transférées et traitées aux États-Unis.
verify-save = Enregistrer mes coordonnées
verify-deletion-text = { $count ->
    [one] Nous supprimerons tout ce que nous détenons en lien avec votre adresse e-mail : { $count } candidature avec son CV, sa lettre de motivation, les commentaires et les notes des évaluateurs, les entretiens, les retours et l’historique de ses étapes, vos coordonnées, tout envoi en attente de votre vérification, ainsi que les e-mails que nous vous avons envoyés.
    [many] Nous supprimerons tout ce que nous détenons en lien avec votre adresse e-mail : { $count } de candidatures avec leurs CV, leurs lettres de motivation, les commentaires et les notes des évaluateurs, les entretiens, les retours et l’historique de leurs étapes, vos coordonnées, tout envoi en attente de votre vérification, ainsi que les e-mails que nous vous avons envoyés.
   *[other] Nous supprimerons tout ce que nous détenons en lien avec votre adresse e-mail : { $count } candidatures avec leurs CV, leurs lettres de motivation, les commentaires et les notes des évaluateurs, les entretiens, les retours et l’historique de leurs étapes, vos coordonnées, tout envoi en attente de votre vérification, ainsi que les e-mails que nous vous avons envoyés.
}
verify-deletion-kept = Ce que nous conservons : pour chaque candidature, une entrée dans notre journal d’audit indiquant qu’elle a été supprimée à votre demande et à quelle date, sans votre nom, votre adresse ni aucune autre information vous concernant ; pour les candidatures anonymisées précédemment, uniquement leur résumé anonyme (poste, société, dates et étapes), à des fins de statistiques de recrutement ; enfin, le type et les dates de cette demande. Vous recevrez une attestation par e-mail, après quoi nous oublierons votre adresse.
verify-deletion-hold = Si une obligation légale nous impose de conserver une partie de vos données, ou si une proposition d’embauche qui vous a été faite est toujours en cours, nous supprimons le reste dès maintenant, puis le solde dès que nous y serons autorisés, dans un délai de 30 jours sauf si l’obligation dure plus longtemps ; nous vous en informerons.
verify-delete = Supprimer mes données
cannot-undo = Cette action est irréversible.
verify-withdraw-text = { $count ->
    [0] Nous retirerons toutes vos candidatures encore en cours : vous n’en avez aucune pour le moment. Les candidatures retirées ne sont plus étudiées et sont supprimées au bout de 30 jours.
    [one] Nous retirerons votre candidature en cours. Les candidatures retirées ne sont plus étudiées et sont supprimées au bout de 30 jours.
    [many] Nous retirerons vos { $count } de candidatures en cours. Les candidatures retirées ne sont plus étudiées et sont supprimées au bout de 30 jours.
   *[other] Nous retirerons vos { $count } candidatures en cours. Les candidatures retirées ne sont plus étudiées et sont supprimées au bout de 30 jours.
}
verify-withdraw = Retirer mes candidatures

done-withdrawn-title = Candidatures retirées
done-withdrawn = { $count ->
    [0] Vous n’aviez aucune candidature en cours à retirer.
    [one] Votre candidature en cours a été retirée.
    [many] Vos { $count } de candidatures en cours ont été retirées.
   *[other] Vos { $count } candidatures en cours ont été retirées.
}
done-withdrawn-after = Les candidatures retirées ne sont plus étudiées et sont supprimées au bout de 30 jours.
done-deleted-title = Vos données ont été supprimées
done-deleted = Nous avons supprimé les données que nous détenions en lien avec votre adresse e-mail.
done-deleted-receipt = Une attestation indiquant ce qui a été supprimé et quelle trace anonyme subsiste est en cours d’envoi ; une fois celle-ci envoyée, nous oublierons également votre adresse.
done-confirmed-title = Votre demande est confirmée
done-held = Nous avons supprimé tout ce qui pouvait l’être. Une obligation légale nous impose de conserver pour l’instant une partie de vos données ; nous les supprimerons dès que cette obligation prendra fin, puis vous enverrons une attestation.
done-held-after = D’ici là, votre demande reste ouverte auprès de notre équipe RH.
done-offer = Une proposition d’embauche qui vous a été faite est toujours en cours : notre équipe RH traitera donc votre demande manuellement.
done-offer-after = Nous supprimerons vos données au plus tard le { $date } et vous enverrons une attestation.
done-corrected-title = Vos coordonnées ont été rectifiées
done-corrected = Nous avons enregistré vos coordonnées rectifiées pour toutes vos candidatures.

renew-title = Rester dans notre vivier de talents
renew-text-html = Vous avez accepté que nous étudiions votre candidature pour d’autres postes au sein de toutes les sociétés Panopto. Ce consentement prend fin le <strong>{ $date }</strong> ; nous anonymiserons alors vos candidatures, sauf si l’une d’elles est encore en cours.
renew-renewed-html = Si vous le renouvelez, nous conserverons vos candidatures et pourrons vous contacter au sujet d’autres postes jusqu’au <strong>{ $until }</strong>, et nous vous préviendrons de nouveau avant cette date. Vous pouvez à tout moment retirer vos candidatures ou faire supprimer vos données au moyen du <a href="{ $form_url }">formulaire de demande relative à vos données</a>.
renew-button = Renouveler mon consentement
renew-do-nothing = Pour le laisser expirer, vous n’avez rien à faire.
renewed-title = Vous restez dans notre vivier de talents
renewed-text = Merci. Nous pourrons étudier votre candidature pour d’autres postes jusqu’au { $date } et vous préviendrons avant cette date.
