# Pages d’entretien du candidat : choix d’un horaire depuis le lien reçu par e-mail.

pick-title = Choisissez l’horaire de votre entretien
pick-intro-html = { $step } pour le poste <strong>{ $title }</strong>, { $minutes } minutes.
pick-zone = Afficher les horaires dans le fuseau
pick-show = Afficher
pick-times-in = Horaires dans le fuseau { $zone }
pick-book = Réserver ce créneau
pick-none-free = Aucun des créneaux proposés n’est plus disponible. Veuillez répondre à l’e-mail qui vous a transmis ce lien, et nous trouverons un autre horaire avec vous.
pick-footer-html = Une fois votre réservation effectuée, vous et les personnes qui mèneront l’entretien recevrez une invitation d’agenda par e-mail. Vos données sont traitées comme l’explique notre <a href="{ $privacy_url }">politique de confidentialité des candidats</a>.
pick-choose = Veuillez choisir l’un des créneaux.
pick-taken = Nous sommes désolés : ce créneau vient d’être réservé. Veuillez en choisir un autre.
pick-settled = Cet entretien vient d’être planifié, peut-être depuis une autre fenêtre : votre invitation vous est envoyée par e-mail.
pick-gone = Ce lien a expiré ou l’entretien a déjà été planifié. Si vous n’avez pas reçu d’invitation, veuillez répondre à l’e-mail qui vous a transmis le lien.
booked-title = Votre entretien est réservé
booked-text-html = { $step } pour le poste <strong>{ $title }</strong> : { $when }, { $minutes } minutes.
booked-invitation = Une invitation d’agenda est en cours d’envoi à votre adresse e-mail. Si l’horaire ne vous convient plus, répondez à cet e-mail.
