# Interviewseiten für Bewerbende: Auswahl eines Termins über den Link in der E-Mail.

pick-title = Termin für Ihr Vorstellungsgespräch wählen
pick-intro-html = { $step } für <strong>{ $title }</strong>, { $minutes } Minuten.
pick-zone = Zeiten anzeigen in
pick-show = Anzeigen
pick-times-in = Zeiten in { $zone }
pick-book = Diesen Termin buchen
pick-none-free = Keiner der angebotenen Termine ist mehr frei. Bitte antworten Sie auf die E-Mail, mit der Sie diesen Link erhalten haben, dann finden wir gemeinsam einen anderen Termin.
pick-footer-html = Sobald Sie gebucht haben, erhalten Sie und die Interviewenden eine Kalendereinladung per E-Mail. Ihre Daten werden so verarbeitet, wie in unseren <a href="{ $privacy_url }">Datenschutzhinweisen für Bewerbende</a> beschrieben.
pick-choose = Bitte wählen Sie einen der Termine.
pick-taken = Dieser Termin wurde leider gerade eben vergeben. Bitte wählen Sie einen anderen.
pick-settled = Dieses Vorstellungsgespräch wurde gerade vereinbart, vielleicht in einem anderen Fenster: Ihre Einladung ist per E-Mail unterwegs.
pick-gone = Dieser Link ist abgelaufen oder das Vorstellungsgespräch wurde bereits vereinbart. Falls Sie keine Einladung erhalten haben, antworten Sie bitte auf die E-Mail, mit der Sie den Link erhalten haben.
booked-title = Ihr Vorstellungsgespräch ist gebucht
booked-text-html = { $step } für <strong>{ $title }</strong>: { $when }, { $minutes } Minuten.
booked-invitation = Eine Kalendereinladung ist per E-Mail unterwegs. Falls der Termin für Sie nicht mehr passt, antworten Sie auf diese E-Mail.
