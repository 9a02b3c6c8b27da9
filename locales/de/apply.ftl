# Bewerben: Formular, Meldungen, Prüfung auf sensible Angaben, Bestätigung und
# Statusseite für Bewerbende.

apply-title = Bewerbung: { $title }
apply-back = Zurück zur Stelle
apply-sensitive-title = Bitte senden Sie keine sensiblen Angaben
apply-sensitive-intro = Bitte geben Sie weder im Formular noch in Ihrem Lebenslauf Folgendes an:
apply-sensitive-ids = amtliche Identifikationsnummern, etwa eine US-amerikanische Social Security Number oder eine britische National Insurance Number;
apply-sensitive-beliefs = rassische oder ethnische Herkunft, politische Meinungen, Religion oder sonstige Überzeugungen;
apply-sensitive-health = Gesundheitsdaten, biometrische oder genetische Daten;
apply-sensitive-other = Vorstrafen oder Gewerkschaftszugehörigkeit.
apply-sensitive-check = Wir prüfen Ihre Angaben auf solche Informationen und bitten Sie, sie zu überprüfen, bevor Ihre Bewerbung abgeschickt wird.
form-errors-title = Bitte korrigieren Sie Folgendes
apply-trap = Lassen Sie dieses Feld leer
field-full-name = Vollständiger Name
field-email = E-Mail
field-email-hint = An diese Adresse senden wir Ihre Bestätigung und einen Link, über den Sie Ihre Bewerbung verfolgen können.
field-phone = Telefon
field-optional = (optional)
field-country = Land, in dem Sie leben
field-choose-country = Land auswählen
field-dob = Geburtsdatum
field-dob-hint = Dient nur der Prüfung, ob Sie mindestens 18 Jahre alt sind, und wird danach verworfen: Es wird nie gespeichert und niemandem angezeigt. Deshalb müssen Sie es erneut eingeben, wenn das Formular zu Ihnen zurückkommt.
field-resume = Lebenslauf
field-resume-hint = PDF, Word (.docx) oder reiner Text, höchstens { $mib } MB.
field-resume-again = Bitte hängen Sie ihn erneut an.
field-cover-letter = Anschreiben
field-profile = Link zu Profil oder Portfolio
consents = Einwilligungen
consent-privacy-html = Ich habe die <a href="{ $privacy_url }">Datenschutzhinweise für Bewerbende</a> gelesen.
consent-transfer = Ich willige ein, dass meine Bewerbung, die an { $company } geht, in die USA übermittelt und dort verarbeitet wird.
consent-transfer-hint = Erforderlich, wenn Sie außerhalb der USA leben.
consent-talent-pool = Meine Bewerbung aufbewahren, damit ich für andere Stellen bei allen Panopto-Unternehmen berücksichtigt werden kann.
consent-talent-pool-hint = Optional. Wir bewahren sie { $months } Monate lang auf und erinnern Sie, bevor diese Frist abläuft.
apply-send = Bewerbung absenden

# Field messages (domain/application.rs and friends).
name-required = Bitte geben Sie Ihren vollständigen Namen ein.
name-too-long = Ihr Name darf höchstens 200 Zeichen lang sein.
name-control = Ihr Name enthält unzulässige Zeichen (etwa Zeilenumbrüche).
email-required = Bitte geben Sie Ihre E-Mail-Adresse ein.
email-too-long = Ihre E-Mail-Adresse darf höchstens 254 Zeichen lang sein.
email-invalid = Bitte geben Sie eine gültige E-Mail-Adresse ein, etwa name@example.com.
phone-too-long = Eine Telefonnummer darf höchstens 32 Zeichen lang sein.
phone-invalid = Eine Telefonnummer darf nur Ziffern, Leerzeichen und + - ( ) enthalten.
cover-letter-too-long = Das Anschreiben darf höchstens 10.000 Zeichen lang sein.
cover-letter-control = Das Anschreiben enthält unzulässige Zeichen.
url-invalid = Bitte geben Sie eine vollständige Webadresse ein, die mit https:// beginnt (oder lassen Sie das Feld leer).
dob-required = Bitte geben Sie Ihr Geburtsdatum ein.
dob-format = Bitte geben Sie Ihr Geburtsdatum im Format JJJJ-MM-TT ein, zum Beispiel 1990-04-23.
dob-check = Bitte überprüfen Sie Ihr Geburtsdatum.
country-required = Bitte wählen Sie das Land aus, in dem Sie leben.
consent-privacy-required = Bitte bestätigen Sie, dass Sie die Datenschutzhinweise gelesen haben.
consent-transfer-required = Wer außerhalb der USA lebt, muss in die Übermittlung der Bewerbung einwilligen.
resume-required = Bitte hängen Sie Ihren Lebenslauf an.
form-too-fast = Das ging schneller, als ein Mensch das Formular ausfüllen kann. Bitte überprüfen Sie Ihre Angaben und senden Sie das Formular erneut ab.
resume-encrypted = Ihr Lebenslauf ist passwortgeschützt. Bitte laden Sie eine Version ohne Passwort hoch.
resume-too-complex = Ihr Lebenslauf ist zu komplex, als dass wir ihn lesen könnten. Bitte laden Sie eine einfachere Version hoch, zum Beispiel ein aus einem Textverarbeitungsprogramm gespeichertes PDF.
resume-unreadable = Ihr Lebenslauf konnte nicht gelesen werden. Möglicherweise ist die Datei beschädigt: Bitte exportieren Sie sie erneut und laden Sie die neue Datei hoch.
resume-macros = Ihr Lebenslauf enthält Makros. Bitte speichern Sie ihn als einfaches Word-Dokument (.docx, nicht .docm) oder als PDF und laden Sie diese Datei hoch.
resume-objects = Ihr Lebenslauf enthält eingebettete Objekte oder Steuerelemente. Bitte speichern Sie ihn ohne diese als einfaches Dokument oder als PDF und laden Sie diese Datei hoch.
resume-scripts = Ihr Lebenslauf enthält Skripte, Anhänge oder interaktive Inhalte. Bitte laden Sie ein einfaches Dokument hoch, zum Beispiel ein PDF, das Sie aus einem Textverarbeitungsprogramm gedruckt oder exportiert haben.

# Refusals shown as pages.
underage-title = Bewerbende müssen mindestens 18 Jahre alt sein
underage-text = Wir können nur Bewerbungen von Personen berücksichtigen, die 18 Jahre oder älter sind. Von Ihren Angaben wurde nichts gespeichert.
unsupported-type-text = Wir akzeptieren Lebensläufe nur als PDF-, Word- (.docx) oder reine Textdateien. Die gewählte Datei ist, unabhängig von ihrem Namen, keines davon. Von Ihren Angaben wurde nichts gespeichert.
duplicate-title = Sie haben sich bereits auf diese Stelle beworben
duplicate-text = Ihre Bewerbung für diese Stelle liegt uns bereits vor, daher wurde nichts geändert. Die E-Mail, die wir Ihnen geschickt haben, enthält einen Link, über den Sie sie verfolgen können.
infected-title = Ihr Lebenslauf hat unsere Virenprüfung nicht bestanden
infected-text = Unser Virenscanner hat in der gewählten Datei schädliche Inhalte gefunden. Wir haben sie daher gelöscht und nichts von Ihren Angaben gespeichert. Bitte prüfen Sie Ihren Computer auf Viren, speichern Sie eine saubere Kopie Ihres Lebenslaufs und bewerben Sie sich erneut.
scanner-down-title = Wir können derzeit keine Dateien prüfen
scanner-down-text = Jeder Lebenslauf wird auf Viren geprüft, bevor wir ihn annehmen, und unser Virenscanner antwortet im Moment nicht. Von Ihren Angaben wurde nichts gespeichert. Bitte versuchen Sie es in ein paar Minuten erneut.
rate-limited-text = Wir haben in der letzten Stunde mehrere Bewerbungen aus Ihrem Netzwerk erhalten. Bitte versuchen Sie es später erneut.
form-expired-text = Das Formular war abgelaufen oder wurde nicht von dieser Website gesendet. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
honeypot-text = Ihre Bewerbung konnte nicht angenommen werden. Bitte laden Sie die Seite neu und füllen Sie nur die sichtbaren Felder aus.
form-unchecked-text = Das Formular konnte nicht geprüft werden. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
review-expired = Diese Überprüfung ist abgelaufen oder wurde bereits verwendet, und Ihre Angaben wurden gelöscht. Bitte bewerben Sie sich erneut.

# The sensitive-data review.
review-title = Bitte überprüfen Sie Ihre Bewerbung
review-intro-html = Ihre Bewerbung für <strong>{ $title }</strong> wurde <strong>noch nicht abgeschickt</strong>. Wir haben Angaben gefunden, die sensibel erscheinen. Wir benötigen sie nicht, um Ihre Bewerbung zu berücksichtigen, und bitten Sie, sie nicht zu senden.
review-found = Was wir gefunden haben
review-where = Fundstelle
review-what = Worum es sich handeln könnte
review-text = Text (Nummern unkenntlich gemacht)
review-expires = Diese Überprüfung läuft in einer Stunde ab; danach werden Ihre Angaben gelöscht.
review-edit = Zurück und bearbeiten
review-edit-hint = Ihre Angaben bleiben erhalten; Sie müssen jedoch Ihr Geburtsdatum erneut eingeben und Ihren Lebenslauf erneut anhängen.
review-submit = Trotzdem absenden
review-submit-hint = Die Prüfenden sehen, dass sensible Angaben gefunden wurden; Identifikationsnummern werden dabei unkenntlich gemacht.
source-cover_letter = Anschreiben
source-resume = Lebenslauf
category-government_id = Amtliche Identifikationsnummer
category-payment_card = Zahlungskartennummer
category-racial_or_ethnic_origin = Rassische oder ethnische Herkunft
category-political_opinions = Politische Meinungen
category-religion_or_beliefs = Religion oder Weltanschauung
category-health = Gesundheit
category-biometric = Biometrische Daten
category-genetic = Genetische Daten
category-criminal_background = Vorstrafen
category-trade_union = Gewerkschaftszugehörigkeit

# After sending.
sent-title = Bewerbung abgeschickt
sent-heading = Vielen Dank: Ihre Bewerbung wurde abgeschickt
sent-reference-html = Ihre Referenznummer lautet <strong class="reference">{ $reference }</strong>.
sent-text = Wir haben Ihnen eine E-Mail mit einem persönlichen Link geschickt, über den Sie Ihre Bewerbung verfolgen und zurückziehen können, falls Sie es sich anders überlegen. Falls sie nicht innerhalb weniger Minuten ankommt, sehen Sie bitte in Ihrem Spam-Ordner nach.
sent-more-jobs = Weitere offene Stellen ansehen
status-title = Ihre Bewerbung
status-job = Stelle
status-reference = Referenznummer
status-sent = Abgeschickt
status-status = Status
status-withdraw-text = Wenn Sie für diese Stelle nicht mehr berücksichtigt werden möchten, können Sie Ihre Bewerbung zurückziehen. Dies kann nicht rückgängig gemacht werden; Ihre Daten werden dann nach 30 Tagen gelöscht.
status-withdraw = Meine Bewerbung zurückziehen
status-rights-html = Wie Sie alle Daten, die wir über Sie gespeichert haben, einsehen, berichtigen oder löschen lassen können, erfahren Sie in den <a href="{ $rights_url }">Datenschutzhinweisen</a>.
status-withdrawn = Ihre Bewerbung wurde zurückgezogen.
status-not-withdrawable = Diese Bewerbung kann nicht mehr zurückgezogen werden.
stage-submitted = Eingegangen: wartet auf Prüfung
stage-screening = In Prüfung
stage-interview = In Prüfung
stage-offer = Angebot unterbreitet
stage-hired = Eingestellt
stage-rejected = Nicht ausgewählt
stage-withdrawn = Von Ihnen zurückgezogen
