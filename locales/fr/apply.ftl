# Candidature : le formulaire, ses messages, la vérification des données sensibles,
# la confirmation et la page de suivi de la candidature.

apply-title = Postuler : { $title }
apply-back = Retour à l’offre
apply-sensitive-title = Merci de ne pas transmettre d’informations sensibles
apply-sensitive-intro = Ne mentionnez pas, ni dans le formulaire ni dans votre CV :
apply-sensitive-ids = les numéros d’identification officiels, tels qu’un numéro de sécurité sociale américain (Social Security number) ou britannique (National Insurance number) ;
apply-sensitive-beliefs = votre origine raciale ou ethnique, vos opinions politiques, votre religion ou vos autres convictions ;
apply-sensitive-health = vos données de santé, biométriques ou génétiques ;
apply-sensitive-other = vos antécédents judiciaires ou votre appartenance syndicale.
apply-sensitive-check = Nous recherchons ce type d’informations dans ce que vous nous envoyez et vous demanderons de vérifier votre candidature avant son envoi.
form-errors-title = Veuillez corriger les points suivants
apply-trap = Laissez ce champ vide
field-full-name = Nom complet
field-email = Adresse e-mail
field-email-hint = Nous vous enverrons à cette adresse la confirmation de votre candidature et un lien pour la suivre.
field-phone = Téléphone
field-optional = (facultatif)
field-country = Pays de résidence
field-choose-country = Choisissez un pays
field-dob = Date de naissance
field-dob-hint = Elle sert uniquement à vérifier que vous avez au moins 18 ans, puis elle est supprimée : elle n’est jamais enregistrée ni montrée à qui que ce soit. C’est aussi pourquoi vous devez la saisir de nouveau si le formulaire vous est renvoyé.
field-resume = CV
field-resume-hint = PDF, Word (.docx) ou texte brut, { $mib } Mo maximum.
field-resume-again = Veuillez le joindre de nouveau.
field-cover-letter = Lettre de motivation
field-profile = Lien vers votre profil ou portfolio
consents = Consentements
consent-privacy-html = J’ai lu la <a href="{ $privacy_url }">politique de confidentialité des candidats</a>.
consent-transfer = J’accepte que ma candidature, adressée à { $company }, soit transférée et traitée aux États-Unis.
consent-transfer-hint = Obligatoire si vous résidez hors des États-Unis.
consent-talent-pool = Conserver ma candidature afin qu’elle puisse être étudiée pour d’autres postes au sein de toutes les sociétés Panopto.
consent-talent-pool-hint = Facultatif. Nous la conservons { $months } mois et vous prévenons avant l’expiration de ce délai.
apply-send = Envoyer ma candidature

# Messages des champs (domain/application.rs, etc.).
name-required = Veuillez saisir votre nom complet.
name-too-long = Votre nom ne peut pas dépasser 200 caractères.
name-control = Votre nom contient des caractères non autorisés (tels que des retours à la ligne).
email-required = Veuillez saisir votre adresse e-mail.
email-too-long = Votre adresse e-mail ne peut pas dépasser 254 caractères.
email-invalid = Veuillez saisir une adresse e-mail valide, par exemple nom@example.com.
phone-too-long = Un numéro de téléphone ne peut pas dépasser 32 caractères.
phone-invalid = Un numéro de téléphone ne peut contenir que des chiffres, des espaces et les signes + - ( ).
cover-letter-too-long = La lettre de motivation ne peut pas dépasser 10 000 caractères.
cover-letter-control = La lettre de motivation contient des caractères non autorisés.
url-invalid = Veuillez saisir une adresse web complète commençant par https:// (ou laisser ce champ vide).
dob-required = Veuillez saisir votre date de naissance.
dob-format = Veuillez saisir votre date de naissance au format AAAA-MM-JJ, par exemple 1990-04-23.
dob-check = Veuillez vérifier votre date de naissance.
country-required = Veuillez choisir votre pays de résidence.
consent-privacy-required = Veuillez confirmer que vous avez lu la politique de confidentialité.
consent-transfer-required = Les candidats résidant hors des États-Unis doivent accepter le transfert de leur candidature.
resume-required = Veuillez joindre votre CV.
form-too-fast = Le formulaire a été rempli plus vite qu’un humain ne peut le faire. Veuillez vérifier vos réponses et l’envoyer de nouveau.
resume-encrypted = Votre CV est protégé par un mot de passe. Veuillez importer une version sans mot de passe.
resume-too-complex = Votre CV est trop complexe pour que nous puissions le lire. Veuillez importer une version plus simple, par exemple un PDF enregistré depuis un traitement de texte.
resume-unreadable = Votre CV n’a pas pu être lu. Il est peut-être endommagé : veuillez l’exporter de nouveau et importer le nouveau fichier.
resume-macros = Votre CV contient des macros. Veuillez l’enregistrer en tant que document Word standard (.docx, et non .docm) ou en PDF, puis importer ce fichier.
resume-objects = Votre CV contient des objets ou des contrôles incorporés. Veuillez l’enregistrer en tant que document simple, sans ces éléments, ou en PDF, puis importer ce fichier.
resume-scripts = Votre CV contient des scripts, des pièces jointes ou du contenu interactif. Veuillez importer un document simple, par exemple un PDF imprimé ou exporté depuis un traitement de texte.

# Refus affichés sous forme de page.
underage-title = Vous devez avoir au moins 18 ans pour postuler
underage-text = Nous ne pouvons étudier que les candidatures de personnes âgées de 18 ans ou plus. Rien de ce que vous avez envoyé n’a été conservé.
unsupported-type-text = Nous acceptons uniquement les CV au format PDF, Word (.docx) ou texte brut. Le fichier choisi ne correspond à aucun de ces formats, quel que soit son nom. Rien de ce que vous avez envoyé n’a été conservé.
duplicate-title = Vous avez déjà postulé à cette offre
duplicate-text = Nous avons déjà reçu votre candidature à cette offre ; rien n’a donc été modifié. L’e-mail que nous vous avons envoyé contient un lien pour la suivre.
infected-title = Votre CV n’a pas passé notre contrôle antivirus
infected-text = Notre antivirus a détecté un contenu malveillant dans le fichier choisi : nous l’avons donc supprimé et n’avons rien conservé de ce que vous avez envoyé. Veuillez analyser votre ordinateur, enregistrer une copie saine de votre CV et postuler de nouveau.
scanner-down-title = Nous ne pouvons pas vérifier les fichiers pour le moment
scanner-down-text = Chaque CV fait l’objet d’un contrôle antivirus avant d’être accepté, et notre antivirus ne répond pas pour le moment. Rien de ce que vous avez envoyé n’a été conservé. Veuillez réessayer dans quelques minutes.
rate-limited-text = Nous avons reçu plusieurs candidatures provenant de votre réseau au cours de la dernière heure. Veuillez réessayer plus tard.
form-expired-text = Le formulaire a expiré ou n’a pas été envoyé depuis ce site. Veuillez revenir en arrière, recharger la page et réessayer.
honeypot-text = Votre candidature n’a pas pu être acceptée. Veuillez recharger la page et ne remplir que les champs visibles.
form-unchecked-text = Le formulaire n’a pas pu être vérifié. Veuillez recharger la page et réessayer.
review-expired = Cette vérification a expiré ou a déjà été utilisée, et ce que vous avez envoyé a été supprimé. Veuillez postuler de nouveau.

# La vérification des données sensibles.
review-title = Veuillez vérifier votre candidature
review-intro-html = Votre candidature à l’offre <strong>{ $title }</strong> <strong>n’a pas encore été envoyée</strong>. Nous y avons repéré des informations qui semblent sensibles. Nous n’en avons pas besoin pour étudier votre candidature et vous demandons de ne pas les transmettre.
review-found = Ce que nous avons trouvé
review-where = Emplacement
review-what = Type d’information
review-text = Texte (numéros masqués)
review-expires = Cette vérification expire dans une heure ; passé ce délai, ce que vous avez envoyé est supprimé.
review-edit = Revenir en arrière pour modifier
review-edit-hint = Vos réponses sont conservées ; vous devrez saisir de nouveau votre date de naissance et joindre de nouveau votre CV.
review-submit = Envoyer quand même
review-submit-hint = Les évaluateurs verront que des informations sensibles ont été détectées ; les numéros d’identification seront masqués.
source-cover_letter = Lettre de motivation
source-resume = CV
category-government_id = Numéro d’identification officiel
category-payment_card = Numéro de carte de paiement
category-racial_or_ethnic_origin = Origine raciale ou ethnique
category-political_opinions = Opinions politiques
category-religion_or_beliefs = Religion ou convictions
category-health = Santé
category-biometric = Données biométriques
category-genetic = Données génétiques
category-criminal_background = Antécédents judiciaires
category-trade_union = Appartenance syndicale

# Après l’envoi.
sent-title = Candidature envoyée
sent-heading = Merci : votre candidature a bien été envoyée
sent-reference-html = Votre numéro de référence est <strong class="reference">{ $reference }</strong>.
sent-text = Nous vous avons envoyé un e-mail contenant un lien personnel qui vous permet de suivre votre candidature et de la retirer si vous changez d’avis. Si vous ne le recevez pas d’ici quelques minutes, vérifiez votre dossier de courrier indésirable (spam).
sent-more-jobs = Voir les autres offres
status-title = Votre candidature
status-job = Poste
status-reference = Référence
status-sent = Date d’envoi
status-status = Statut
status-withdraw-text = Si vous ne souhaitez plus que votre candidature à ce poste soit étudiée, vous pouvez la retirer. Cette action est irréversible ; vos données seront alors supprimées au bout de 30 jours.
status-withdraw = Retirer ma candidature
status-rights-html = Pour consulter, rectifier ou supprimer toutes les données que nous détenons à votre sujet, consultez la <a href="{ $rights_url }">politique de confidentialité</a>.
status-withdrawn = Votre candidature a été retirée.
status-not-withdrawable = Cette candidature ne peut plus être retirée.
stage-submitted = Reçue : en attente d’examen
stage-screening = En cours d’examen
stage-interview = En cours d’examen
stage-offer = Proposition d’embauche envoyée
stage-hired = Embauche confirmée
stage-rejected = Candidature non retenue
stage-withdrawn = Retirée à votre demande
