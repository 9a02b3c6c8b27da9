# Datenschutzhinweise für Bewerbende, Cookie-Seite und Datenschutzanfragen.

privacy-title = Datenschutzhinweise für Bewerbende
privacy-lead = Diese Hinweise erklären, was mit den Informationen geschieht, die Sie uns geben, wenn Sie sich über diese Website auf eine Stelle bewerben: welche Daten wir erheben, wozu, wer sie sieht, wo sie gespeichert werden, wie lange und welche Möglichkeiten Sie haben.
privacy-toc = Auf dieser Seite
privacy-who = Wer wir sind
privacy-what = Welche Daten wir erheben
privacy-why = Wozu wir sie verwenden
privacy-sharing = Wer sie sieht
privacy-transfer = Wo sie gespeichert werden
privacy-minors = Bewerbende unter 18 Jahren
privacy-sensitive = Sensible Angaben
privacy-retention = Wie lange wir sie aufbewahren
privacy-rights = Ihre Rechte und wie Sie sie ausüben
privacy-security = Sicherheit
privacy-contact = Kontakt
privacy-who-text = Panopto stellt über mehrere Unternehmen ein. Sie bewerben sich bei dem Unternehmen, das die Stelle ausschreibt, und dieses entscheidet, was mit Ihrer Bewerbung geschieht:
privacy-who-runs = Die Panopto, Inc. mit Sitz in Seattle, USA, betreibt diese Karriere-Website für alle diese Unternehmen.
privacy-what-form = Ihre Eingaben im Bewerbungsformular: Ihr Name, Ihre E-Mail-Adresse, Ihre Telefonnummer (optional), das Land, in dem Sie leben, Ihr Anschreiben und ein Profillink (beides optional).
privacy-what-resume = Ihr Lebenslauf als die von Ihnen hochgeladene Datei sowie der daraus ausgelesene Text, damit die Prüfenden ihn durchsuchen und in einer Vorschau ansehen können.
privacy-what-choices = Ihre Entscheidungen: dass Sie diese Hinweise gelesen haben, Ihre Einwilligung in die unten beschriebene Übermittlung und ob Sie für andere Stellen berücksichtigt werden möchten.
privacy-what-process = Was mit Ihrer Bewerbung geschieht: ihre Phase im Auswahlprozess, Notizen und Bewertungen der Personen, die sie prüfen, Ihre Vorstellungsgespräche und das Feedback der Interviewenden sowie ein etwaiges Angebot an Sie.
privacy-what-dob = Ihr Geburtsdatum erfragen wir nur, um zu prüfen, ob Sie mindestens 18 Jahre alt sind. Wir verwenden es für diese Prüfung, während Ihr Formular empfangen wird, und verwerfen es danach: Es wird nie gespeichert, nie in unsere Protokolle geschrieben und niemandem angezeigt. Wir speichern nur, dass und wann die Prüfung bestanden wurde.
privacy-what-ip = Unsere Server sehen Ihre IP-Adresse, wie bei jeder Website. Wir verwenden sie ausschließlich, für kurze Zeit und in einer nicht umkehrbaren Form, um massenhafte automatisierte Einsendungen zu verhindern. Wir setzen keine Analyse- oder Werbewerkzeuge ein.
privacy-why-text = Wir verwenden Ihre Daten, um Sie für die Stelle zu berücksichtigen, auf die Sie sich beworben haben, um Sie dazu zu kontaktieren und um die Unterlagen zu führen, die das Arbeitsrecht von uns erwartet. Wenn Sie einwilligen, berücksichtigen wir Sie außerdem für begrenzte Zeit für andere Stellen bei allen Panopto-Unternehmen. Wir verwenden Ihre Daten nicht für Marketing und verkaufen sie nicht.
privacy-sharing-text = Nur die Personen, die sie benötigen: die Recruiterinnen und Recruiter sowie die einstellenden Führungskräfte des Unternehmens, das die Stelle ausgeschrieben hat, die dieser Stelle zugewiesenen Führungskräfte und ein kleines HR-Team, das sich um Unterlagen, Aufbewahrung und Datenschutzanfragen kümmert. Beschäftigte eines anderen Panopto-Unternehmens sehen Ihre Bewerbung nicht, es sei denn, Sie haben eingewilligt, für andere Stellen berücksichtigt zu werden. Jedes Mal, wenn ein Mitarbeiter oder eine Mitarbeiterin eine Bewerbung öffnet oder einen Lebenslauf herunterlädt, wird dies protokolliert.
privacy-sharing-outside = Wir geben Bewerbungen nicht außerhalb von Panopto weiter, außer an Dienstleister, die unsere Systeme vertraglich gebunden und zur Vertraulichkeit verpflichtet für uns betreiben, oder wenn wir gesetzlich dazu verpflichtet sind.
privacy-transfer-text = Alles, was Sie über diese Website senden, wird in den USA gespeichert und verarbeitet, unabhängig davon, bei welchem Unternehmen Sie sich bewerben. Wenn Sie außerhalb der USA leben, bitten wir Sie vor der Annahme Ihrer Bewerbung um Ihre ausdrückliche Einwilligung in diese Übermittlung und in die Verarbeitung durch das Panopto-Unternehmen, das die Stelle ausgeschrieben hat. Ohne diese Einwilligung können wir Ihre Bewerbung nicht bearbeiten.
privacy-minors-text = Sie müssen mindestens 18 Jahre alt sein, um sich zu bewerben. Ergibt die Altersprüfung, dass Sie jünger sind, wird Ihre Bewerbung abgelehnt und nichts von Ihren Angaben gespeichert. Erfahren wir später, dass eine bewerbende Person unter 18 Jahre alt ist, löschen wir ihre Bewerbung umgehend.
privacy-sensitive-text = Bitte senden Sie uns keine sensiblen Angaben: amtliche Identifikationsnummern (etwa eine US-amerikanische Social Security Number), rassische oder ethnische Herkunft, politische Meinungen, Religion oder sonstige Überzeugungen, Gesundheitsdaten, biometrische oder genetische Daten, Vorstrafen oder Gewerkschaftszugehörigkeit. Wir benötigen sie nicht, um Ihre Bewerbung zu berücksichtigen. Wenn Sie sich bewerben, suchen wir in Ihrem Formular und Lebenslauf nach solchen Angaben und zeigen Ihnen gegebenenfalls, was wir gefunden haben, damit Sie es entfernen können, bevor Ihre Bewerbung abgeschickt wird.
privacy-retention-rejected = Wenn Ihnen die Stelle nicht angeboten wird, anonymisieren wir Ihre Bewerbung ein Jahr nach der Entscheidung: Ihr Name, Ihre Kontaktdaten, Ihr Anschreiben, Ihr Lebenslauf und die Notizen der Prüfenden werden entfernt, und es bleiben nur Statistiken ohne Bezug zu Ihrer Person.
privacy-retention-withdrawn = Wenn Sie Ihre Bewerbung zurückziehen, löschen wir sie 30 Tage später.
privacy-retention-pool = Wenn Sie einwilligen, für andere Stellen berücksichtigt zu werden, bewahren wir Ihre Bewerbung { $months } Monate lang auf, erinnern Sie vor Ablauf dieser Frist und anonymisieren sie dann, sofern Sie Ihre Einwilligung nicht verlängern.
privacy-retention-hired = Wenn Sie eingestellt werden, wird Ihre Bewerbung in Ihre Personalakte übernommen, für die gesonderte Datenschutzhinweise gelten.
privacy-retention-legal = Möglicherweise müssen wir eine Bewerbung länger aufbewahren, wenn das Gesetz es verlangt, zum Beispiel während eines Rechtsstreits. Solange eine solche Pflicht besteht, werden Ihre Daten aufbewahrt und geschützt; sie werden entfernt, sobald die Pflicht endet.
privacy-rights-text = Sie können verlangen, die über Sie gespeicherten Daten einzusehen (und eine Kopie zum Herunterladen zu erhalten), sie zu berichtigen, sie zu löschen oder Ihre Bewerbungen zurückzuziehen. Damit nur Sie dies tun können, wird jede Anfrage über einen Link bestätigt, den wir an die E-Mail-Adresse senden, die Sie bei der Bewerbung verwendet haben, und sie gilt nur für die mit dieser Adresse verknüpften Daten.
privacy-rights-form-html = Nutzen Sie das <a href="{ $form_url }">Formular für Datenschutzanfragen</a> oder schreiben Sie uns (siehe unten). Wir antworten innerhalb von 30 Tagen. Wenn wir Ihre Daten auf Ihren Wunsch löschen, senden wir Ihnen eine Bestätigung darüber, was entfernt wurde und welcher anonyme Eintrag bestehen bleibt. Die E-Mail mit Ihrer Bewerbungsbestätigung enthält außerdem einen persönlichen Link, über den Sie den Status Ihrer Bewerbung einsehen und sie zurückziehen können.
privacy-rights-authority = Wenn Sie im Vereinigten Königreich, im Europäischen Wirtschaftsraum oder in einem anderen Land mit Datenschutzgesetzen leben, können Sie sich außerdem bei Ihrer örtlichen Datenschutzaufsichtsbehörde beschweren.
privacy-security-text = Auf Bewerbungen können nur angemeldete Mitarbeitende zugreifen, die sie für ihre Aufgaben benötigen, und zwar über verschlüsselte Verbindungen. Lebensläufe werden nicht öffentlich zugänglich gespeichert und nie veröffentlicht. Kein System ist vollkommen sicher, aber wir setzen uns dafür ein, Ihre Daten entsprechend ihrer Sensibilität zu schützen.
privacy-contact-html = Fragen oder Anfragen zu Ihren Daten: <a href="mailto:{ $email }">{ $email }</a> oder per Post an Panopto, Inc., z. Hd. der oder des Datenschutzbeauftragten, 506 2nd Avenue, Suite 1600, Seattle, WA 98104, USA.
privacy-updated = Wir aktualisieren diese Hinweise, wenn sich unsere Verfahren ändern, und geben hier das Datum der letzten Änderung an. Zuletzt aktualisiert: { $date }.
privacy-translation-html = Diese Übersetzung dient lediglich Ihrer Information; weicht sie von der <a href="{ $english_url }">englischen Fassung</a> ab, gilt die englische Fassung.

cookies-title = Cookies
cookies-intro = Diese Website setzt nur die Cookies, die sie für ihren Betrieb benötigt. Es gibt keine Analyse-, Werbe- oder Tracking-Cookies, und es werden keine Inhalte von anderen Websites geladen.
cookies-caption = Von dieser Website gesetzte Cookies
cookies-name = Name
cookies-why = Zweck
cookies-how-long = Speicherdauer
cookies-who = Wer es erhält
cookies-outro = Da diese Cookies unbedingt erforderlich sind, bitten wir nicht um Ihre Einwilligung, um sie zu setzen. Sie können Cookies in Ihrem Browser blockieren oder löschen; die Anmeldung für Mitarbeitende und das Absenden von Formularen funktionieren dann jedoch nicht.
cookie-csrf-purpose = Schützt die Formulare, die Sie absenden (Bewerbungen, Datenschutzanfragen, Formulare für Mitarbeitende), vor Cross-Site-Request-Forgery.
cookie-csrf-lifetime = Eine Woche
cookie-csrf-who = Alle, die ein Formular öffnen
cookie-flash-purpose = Überträgt eine einmalige Meldung (etwa „Ihre Anfrage wurde gesendet“) auf die nächste Seite und wird danach entfernt.
cookie-flash-lifetime = Wird entfernt, sobald die Meldung angezeigt wurde
cookie-flash-who = Alle, nachdem sie ein Formular abgesendet haben
cookie-session-purpose = Hält Mitarbeitende angemeldet. Verschlüsselt und für Skripte nicht lesbar.
cookie-session-lifetime = Endet nach Inaktivität, spätestens nach einem Arbeitstag, sowie bei der Abmeldung
cookie-session-who = Nur Mitarbeitende
cookie-sso-purpose = Nur für die Einmalanmeldung von Mitarbeitenden: begleitet eine Anmeldung beim Anmeldedienst Ihres Unternehmens und zurück, danach das, was Sie dort wieder abmeldet. Verschlüsselt und für Skripte nicht lesbar.
cookie-sso-lifetime = Zehn Minuten für eine laufende Anmeldung, danach bis zur Abmeldung, höchstens einen Arbeitstag
cookie-sso-who = Mitarbeitende, die sich mit ihrem Unternehmenskonto anmelden

request-title = Ihre Daten: Anfrage stellen
request-heading = Ihre Daten einsehen, berichtigen oder löschen
request-intro = Nennen Sie uns die E-Mail-Adresse, mit der Sie sich beworben haben, und was wir tun sollen. Wenn wir Daten zu dieser Adresse gespeichert haben, senden wir einen Link an sie; die Anfrage wird erst ausgeführt, wenn Sie den Link öffnen und bestätigen. Der Link funktioniert einmal und ist 24 Stunden gültig.
request-email = E-Mail-Adresse, mit der Sie sich beworben haben
request-kind = Was sollen wir tun?
request-kind-access = Meine Daten einsehen und herunterladen
request-kind-correction = Meine Kontaktdaten berichtigen
request-kind-deletion = Meine Daten löschen
request-kind-withdraw = Alle meine offenen Bewerbungen zurückziehen
request-kind-required = Bitte wählen Sie aus, was wir tun sollen.
request-send = Link senden
request-footer-html = Wie wir Ihre Daten verwenden und aufbewahren, erfahren Sie in den <a href="{ $privacy_url }">Datenschutzhinweisen für Bewerbende</a>. Wir beantworten jede bestätigte Anfrage innerhalb von 30 Tagen.
requested-title = Bitte prüfen Sie Ihr E-Mail-Postfach
requested-text = Wenn wir Daten zu dieser Adresse gespeichert haben, haben wir einen Link an sie gesendet. Öffnen Sie den Link innerhalb von 24 Stunden, um Ihre Anfrage zu bestätigen; vorher geschieht nichts.
requested-spam = Falls innerhalb weniger Minuten keine E-Mail ankommt, sehen Sie bitte in Ihrem Spam-Ordner nach. Wenn wir keine Daten zu der Adresse gespeichert haben, wird keine E-Mail gesendet.
request-rate-limited = Wir haben in der letzten Stunde mehrere Anfragen aus Ihrem Netzwerk erhalten. Bitte versuchen Sie es später erneut.
link-gone-title = Dieser Link funktioniert nicht mehr
link-gone-text = Dieser Link ist abgelaufen oder wurde bereits verwendet. Über das Formular für Datenschutzanfragen können Sie eine neue Anfrage stellen.
see-open-jobs = Offene Stellen ansehen

verify-title = Bestätigen Sie Ihre Anfrage
verify-access-text-html = Laden Sie ein Archiv (ZIP) mit allem herunter, was wir zu Ihrer E-Mail-Adresse aufbewahren: eine Datei <code>data.json</code> mit Ihren Kontaktdaten, Ihren Bewerbungen samt Verlauf und Notizen der Prüfenden, Ihren Vorstellungsgesprächen und dem Feedback über Sie, den E-Mails, die wir Ihnen geschickt haben, und Ihren Datenschutzanfragen, sowie die Lebenslaufdateien, die Sie gesendet haben.
verify-download = Meine Daten herunterladen
verify-access-once = Dieser Link funktioniert nur einmal: Bewahren Sie das Archiv an einem sicheren Ort auf.
verify-correction-text = Berichtigen Sie die Kontaktdaten, die wir zu Ihnen gespeichert haben. Sie gelten für alle Ihre Bewerbungen.
verify-transfer = Ich willige ein, dass meine Bewerbungen in die USA übermittelt und dort verarbeitet werden.
verify-save = Meine Angaben speichern
verify-deletion-text = { $count ->
    [one] Wir löschen alles, was wir zu Ihrer E-Mail-Adresse gespeichert haben: eine Bewerbung samt Lebenslauf, Anschreiben, Notizen der Prüfenden, Bewertungen, Vorstellungsgesprächen, Feedback und Phasenverlauf, Ihre Kontaktdaten, etwaige Einreichungen, die auf Ihre Überprüfung warten, und die E-Mails, die wir Ihnen geschickt haben.
   *[other] Wir löschen alles, was wir zu Ihrer E-Mail-Adresse gespeichert haben: { $count } Bewerbungen samt Lebensläufen, Anschreiben, Notizen der Prüfenden, Bewertungen, Vorstellungsgesprächen, Feedback und Phasenverlauf, Ihre Kontaktdaten, etwaige Einreichungen, die auf Ihre Überprüfung warten, und die E-Mails, die wir Ihnen geschickt haben.
}
verify-deletion-kept = Was wir aufbewahren: für jede Bewerbung einen Eintrag in unserem Audit-Protokoll, dass und wann sie auf Ihren Wunsch gelöscht wurde, ohne Ihren Namen, Ihre Adresse oder sonstige Angaben zu Ihrer Person; für früher anonymisierte Bewerbungen nur deren anonyme Eckdaten (Stelle, Unternehmen, Datumsangaben und Phasen) für Einstellungsstatistiken; sowie Art und Datumsangaben dieser Anfrage. Sie erhalten eine Bestätigung per E-Mail; danach löschen wir auch Ihre Adresse.
verify-deletion-hold = Wenn wir aufgrund einer gesetzlichen Pflicht einen Teil Ihrer Daten aufbewahren müssen oder ein Angebot an Sie noch offen ist, löschen wir den Rest jetzt und die übrigen Daten, sobald wir dürfen, innerhalb von 30 Tagen, sofern die Pflicht nicht länger besteht; wir werden Sie darüber informieren.
verify-delete = Meine Daten löschen
cannot-undo = Dies kann nicht rückgängig gemacht werden.
verify-withdraw-text = { $count ->
    [0] Wir ziehen alle Ihre noch offenen Bewerbungen zurück: Derzeit haben Sie keine. Zurückgezogene Bewerbungen werden nicht mehr berücksichtigt und nach 30 Tagen gelöscht.
    [one] Wir ziehen Ihre offene Bewerbung zurück. Zurückgezogene Bewerbungen werden nicht mehr berücksichtigt und nach 30 Tagen gelöscht.
   *[other] Wir ziehen Ihre { $count } offenen Bewerbungen zurück. Zurückgezogene Bewerbungen werden nicht mehr berücksichtigt und nach 30 Tagen gelöscht.
}
verify-withdraw = Meine Bewerbungen zurückziehen

done-withdrawn-title = Bewerbungen zurückgezogen
done-withdrawn = { $count ->
    [0] Sie hatten keine offene Bewerbung, die zurückgezogen werden konnte.
    [one] Ihre offene Bewerbung wurde zurückgezogen.
   *[other] Ihre { $count } offenen Bewerbungen wurden zurückgezogen.
}
done-withdrawn-after = Zurückgezogene Bewerbungen werden nicht mehr berücksichtigt und nach 30 Tagen gelöscht.
done-deleted-title = Ihre Daten wurden gelöscht
done-deleted = Wir haben die Daten gelöscht, die wir zu Ihrer E-Mail-Adresse gespeichert hatten.
done-deleted-receipt = Eine Bestätigung darüber, was entfernt wurde und welcher anonyme Eintrag bestehen bleibt, ist auf dem Weg zu Ihnen; nach dem Versand löschen wir auch Ihre Adresse.
done-confirmed-title = Ihre Anfrage ist bestätigt
done-held = Wir haben gelöscht, was wir löschen konnten. Aufgrund einer gesetzlichen Pflicht müssen wir einen Teil Ihrer Daten vorerst aufbewahren; wir löschen ihn, sobald diese Pflicht endet, und senden Ihnen dann eine Bestätigung.
done-held-after = Bis dahin bleibt Ihre Anfrage bei unserem HR-Team offen.
done-offer = Ein Angebot an Sie ist noch offen, daher schließt unser HR-Team Ihre Anfrage manuell ab.
done-offer-after = Wir löschen Ihre Daten spätestens am { $date } und senden Ihnen eine Bestätigung.
done-corrected-title = Ihre Angaben wurden berichtigt
done-corrected = Wir haben Ihre berichtigten Kontaktdaten für alle Ihre Bewerbungen gespeichert.

renew-title = In unserem Talentpool bleiben
renew-text-html = Sie haben eingewilligt, dass wir Sie für andere Stellen bei allen Panopto-Unternehmen berücksichtigen dürfen. Diese Einwilligung endet am <strong>{ $date }</strong>; danach anonymisieren wir Ihre Bewerbungen, sofern keine mehr offen ist.
renew-renewed-html = Wenn Sie sie verlängern, bewahren wir Ihre Bewerbungen auf und dürfen Sie bis zum <strong>{ $until }</strong> wegen anderer Stellen kontaktieren; vorher erinnern wir Sie erneut. Über das <a href="{ $form_url }">Formular für Datenschutzanfragen</a> können Sie Ihre Bewerbungen jederzeit zurückziehen oder Ihre Daten löschen lassen.
renew-button = Meine Einwilligung verlängern
renew-do-nothing = Wenn Sie sie auslaufen lassen möchten, müssen Sie nichts tun.
renewed-title = Sie bleiben in unserem Talentpool
renewed-text = Vielen Dank. Wir dürfen Sie bis zum { $date } für andere Stellen berücksichtigen und erinnern Sie vorher daran.
