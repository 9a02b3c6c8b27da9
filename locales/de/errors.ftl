# Fehlerseiten.

error-code = Fehler { $status }
error-reference-html = Wenn Sie uns deswegen kontaktieren, geben Sie bitte die Referenz <code>{ $reference }</code> an.
error-400-title = Ungültige Anfrage
error-400-text = Die Anfrage konnte nicht verarbeitet werden. Bitte überprüfen Sie die Adresse oder das Formular und versuchen Sie es erneut.
error-403-title = Nicht erlaubt
error-403-text = Dazu sind Sie nicht berechtigt. Wenn Sie ein Formular abgeschickt haben, laden Sie die Seite neu und versuchen Sie es erneut.
error-404-title = Seite nicht gefunden
error-404-text = Unter dieser Adresse gibt es nichts. Möglicherweise wurde die Stelle bereits besetzt oder der Link ist fehlerhaft.
error-405-title = Methode nicht erlaubt
error-405-text = Diese Adresse nimmt diese Art von Anfrage nicht an.
error-409-title = Bereits erledigt
error-409-text = Dies wurde bereits erledigt, daher wurde nichts geändert.
error-410-title = Nicht mehr verfügbar
error-410-text = Was Sie suchen, wurde entfernt.
error-413-title = Datei zu groß
error-413-text = Die hochgeladene Datei ist größer als zulässig. Bitte senden Sie eine kleinere Datei.
error-415-title = Dateityp nicht zulässig
error-415-text = Wir akzeptieren nur PDF-, Word- (.docx) und reine Textdateien.
error-422-title = Bitte überprüfen Sie Ihre Eingaben
error-422-text = Einige Ihrer Eingaben konnten nicht angenommen werden.
error-429-title = Zu viele Anfragen
error-429-text = Sie haben in kurzer Zeit zu viele Anfragen gesendet. Bitte warten Sie einen Moment und versuchen Sie es erneut.
error-503-title = Vorübergehend nicht verfügbar
error-503-text = Der Dienst ist ausgelastet oder wird gewartet. Bitte versuchen Sie es in ein paar Minuten erneut.
error-500-title = Etwas ist schiefgelaufen
error-500-text = Auf unserer Seite ist ein unerwarteter Fehler aufgetreten. Er wurde protokolliert; bitte versuchen Sie es später erneut.
error-other-title = Anfrage fehlgeschlagen
error-other-text = Die Anfrage konnte nicht abgeschlossen werden.
job-closed-title = Diese Stelle ist nicht mehr ausgeschrieben
job-closed-text = Für diese Stelle werden keine Bewerbungen mehr angenommen. Weitere offene Stellen finden Sie auf der Stellenseite.
busy-title = Das Portal ist ausgelastet
busy-text = Gerade nutzen zu viele Personen das Portal. Bitte versuchen Sie es in ein paar Sekunden erneut.
sign-in-busy-title = Zu viele gleichzeitige Anmeldungen
sign-in-busy-text = Das Portal prüft gerade sehr viele Passwörter. Bitte versuchen Sie es in ein paar Sekunden erneut.
form-not-multipart = Das Formular muss als multipart/form-data gesendet werden.
form-unreadable = Die Formulardaten konnten nicht gelesen werden.

# Staff pages (in English on the site, but an error page can be reached in any language).
staff-link-gone = Dieser Link wurde bereits verwendet oder ist abgelaufen. Bitten Sie eine HR-Administratorin oder einen HR-Administrator, Ihnen einen neuen zu senden.
staff-setup-gone = Dieser Einrichtungslink funktioniert nicht mehr: Es gibt bereits ein HR-Administratorkonto.
staff-export-job = Wählen Sie die Stelle für den Export: /staff/export.csv?job=<id>.
