# Pages d’erreur.

error-code = Erreur { $status }
error-reference-html = Si vous nous contactez à ce sujet, veuillez indiquer la référence <code>{ $reference }</code>.
error-400-title = Requête incorrecte
error-400-text = La requête n’a pas pu être comprise. Veuillez vérifier l’adresse ou le formulaire et réessayer.
error-403-title = Action non autorisée
error-403-text = Vous n’avez pas l’autorisation d’effectuer cette action. Si vous avez envoyé un formulaire, rechargez la page et réessayez.
error-404-title = Page introuvable
error-404-text = Il n’y a rien à cette adresse. Le poste a peut-être été pourvu, ou le lien contient une faute de frappe.
error-405-title = Méthode non autorisée
error-405-text = Cette adresse n’accepte pas ce type de requête.
error-409-title = Déjà effectué
error-409-text = Cette action a déjà été effectuée ; rien n’a donc été modifié.
error-410-title = Ce contenu n’est plus disponible
error-410-text = Ce que vous recherchez a été supprimé.
error-413-title = Fichier trop volumineux
error-413-text = Le fichier envoyé dépasse la taille autorisée. Veuillez envoyer un fichier plus petit.
error-415-title = Type de fichier non accepté
error-415-text = Nous acceptons uniquement les fichiers PDF, Word (.docx) et texte brut.
error-422-title = Veuillez vérifier votre saisie
error-422-text = Certaines des informations saisies n’ont pas pu être acceptées.
error-429-title = Trop de requêtes
error-429-text = Vous avez envoyé trop de requêtes en peu de temps. Veuillez patienter un moment avant de réessayer.
error-503-title = Service temporairement indisponible
error-503-text = Le service est surchargé ou en maintenance. Veuillez réessayer dans quelques minutes.
error-500-title = Une erreur s’est produite
error-500-text = Une erreur inattendue s’est produite de notre côté. Elle a été enregistrée ; veuillez réessayer plus tard.
error-other-title = Échec de la requête
error-other-text = La requête n’a pas pu aboutir.
job-closed-title = Cette offre est clôturée
job-closed-text = Ce poste n’accepte plus de candidatures. Les autres postes à pourvoir sont répertoriés sur la page des offres d’emploi.
busy-title = Le portail est surchargé
busy-text = Trop de personnes utilisent le portail en ce moment. Veuillez réessayer dans quelques secondes.
sign-in-busy-title = Trop de connexions simultanées
sign-in-busy-text = Le portail vérifie de nombreux mots de passe en ce moment. Veuillez réessayer dans quelques secondes.
form-not-multipart = Le formulaire doit être envoyé au format multipart/form-data.
form-unreadable = Les données du formulaire n’ont pas pu être lues.

# Pages du personnel (en anglais sur le site, mais une page d’erreur peut s’afficher dans toute langue).
staff-link-gone = Ce lien a déjà été utilisé ou a expiré. Demandez-en un nouveau à un administrateur RH.
staff-setup-gone = Ce lien de configuration ne fonctionne plus : un compte administrateur RH existe déjà.
staff-export-job = Choisissez l’offre à exporter : /staff/export.csv?job=<id>.
