# Mails to applicants, in the language they applied in (plain text; lines are kept as
# written). Addresses ({ $…url }) are whole links: keep them on a line of their own.

mail-signature = Panopto Karriere

mail-received-subject = Ihre Bewerbung ist eingegangen: { $title }
mail-received-body =
    Guten Tag { $name },

    vielen Dank für Ihre Bewerbung als { $title } bei { $company }.
    Ihre Referenznummer lautet { $reference }.

    Über diesen persönlichen Link können Sie den Status Ihrer Bewerbung einsehen und
    sie auf Wunsch zurückziehen (geben Sie ihn nicht weiter; wer ihn kennt, kann den
    Status sehen):

    { $status_url }

    Wie es weitergeht: Das Recruiting-Team prüft jede Bewerbung und meldet sich per
    E-Mail bei Ihnen. Wie wir Ihre Daten verwenden und aufbewahren, erfahren Sie in
    unseren Datenschutzhinweisen für Bewerbende:
    { $privacy_url }

    Panopto Karriere

mail-stage-subject = Ihre Bewerbung für { $title }: Neuigkeiten
mail-stage-body =
    Guten Tag { $name },

    { $stage ->
        [screening] Ihre Bewerbung für { $title } (Referenznummer { $reference }) wird jetzt vom Recruiting-Team geprüft.
        [interview] gute Nachrichten: Das Recruiting-Team möchte Sie gern zu einem Vorstellungsgespräch für { $title } (Referenznummer { $reference }) einladen. Es meldet sich per E-Mail bei Ihnen, um einen Termin zu vereinbaren.
        [offer] gute Nachrichten: Das Recruiting-Team bereitet ein Angebot für { $title } (Referenznummer { $reference }) vor und meldet sich mit den Einzelheiten bei Ihnen.
        [hired] willkommen an Bord: Ihre Einstellung als { $title } (Referenznummer { $reference }) ist bestätigt. Das Team meldet sich bei Ihnen wegen Ihrer ersten Tage.
       *[rejected] vielen Dank für Ihr Interesse an der Stelle { $title } (Referenznummer { $reference }). Nach sorgfältiger Prüfung hat sich das Recruiting-Team entschieden, Ihre Bewerbung nicht weiterzuverfolgen.
    }

    Den Status Ihrer Bewerbung können Sie über den persönlichen Link in der
    Bestätigungs-E-Mail einsehen, die wir Ihnen nach Ihrer Bewerbung geschickt haben.
    Wie wir Ihre Daten verwenden und aufbewahren, erfahren Sie in unseren
    Datenschutzhinweisen für Bewerbende:
    { $privacy_url }

    Panopto Karriere

mail-request-subject = Bitte bestätigen Sie Ihre Datenschutzanfrage
mail-request-body =
    Guten Tag { $name },

    wir haben eine Anfrage zu den Daten erhalten, die Panopto Karriere zu dieser
    E-Mail-Adresse gespeichert hat:

        { $kind ->
            [access] Meine Daten einsehen und herunterladen
            [correction] Meine Kontaktdaten berichtigen
            [deletion] Meine Daten löschen
           *[withdraw] Alle meine offenen Bewerbungen zurückziehen
        }

    Um die Anfrage zu bestätigen, öffnen Sie diesen Link innerhalb von { $hours } Stunden.
    Er funktioniert nur einmal, und es geschieht nichts, bis Sie auf der geöffneten
    Seite bestätigen:

    { $link_url }

    Wenn Sie diese Anfrage nicht gestellt haben, ignorieren Sie diese E-Mail: Es ändert
    sich nichts, und der Link wird von selbst ungültig.

    Panopto Karriere

mail-deleted-subject = Ihre Daten wurden gelöscht
mail-deleted-body =
    Guten Tag,

    wie von Ihnen am { $requested } beantragt (bestätigt am { $verified }), hat
    Panopto Karriere am { $deleted } die Daten gelöscht, die zu dieser E-Mail-Adresse
    gespeichert waren:

    - Ihre Bewerbungen samt Lebensläufen und dem daraus ausgelesenen Text,
      Anschreiben, Notizen und Bewertungen der Prüfenden, Vorstellungsgesprächen und
      Feedback der Interviewenden, Angeboten und dem Verlauf der Bewerbungsphasen;
    - Ihre Kontaktdaten (Name, E-Mail-Adresse, Telefonnummer, Land, Profillink)
      und eine etwaige Einwilligung in den Talentpool;
    - etwaige Einreichungen, die noch auf Ihre Überprüfung warteten;
    - die E-Mails, die wir Ihnen geschickt hatten.

    Was wir aufbewahren, ohne Ihren Namen, Ihre Adresse oder sonstige Angaben zu Ihrer
    Person:

    - für jede gelöschte Bewerbung einen Eintrag in unserem Audit-Protokoll, dass und
      wann sie auf Ihren Wunsch gelöscht wurde;
    - für früher anonymisierte Bewerbungen deren anonyme Eckdaten (Stelle, Unternehmen,
      Datumsangaben und Phasen) für Einstellungsstatistiken;
    - die Art Ihrer Anfrage und die zugehörigen Datumsangaben. Sobald diese
      Bestätigung versandt ist, löschen wir auch Ihre E-Mail-Adresse und können Sie
      daher nicht mehr kontaktieren.

    Wenn Sie sich künftig erneut bewerben, beginnt diese Bewerbung ganz neu.

    Panopto Karriere

mail-pool-subject = Möchten Sie im Talentpool von Panopto bleiben?
mail-pool-body =
    Guten Tag { $name },

    bei Ihrer Bewerbung haben Sie eingewilligt, dass wir Sie für andere Stellen bei
    allen Panopto-Unternehmen berücksichtigen dürfen. Diese Einwilligung endet am
    { $ends }. Danach anonymisieren wir Ihre Bewerbungen (sofern keine mehr offen ist)
    und kontaktieren Sie nicht mehr wegen anderer Stellen.

    Um weitere { $months } Monate in unserem Talentpool zu bleiben, öffnen Sie diesen
    Link und bestätigen Sie:

    { $link_url }

    Wenn Sie Ihre Einwilligung auslaufen lassen möchten, müssen Sie nichts tun.

    Panopto Karriere

mail-invitation-subject = Ihr Vorstellungsgespräch für { $title }: { $when }
mail-invitation-changed-subject = Aktualisiert: Ihr Vorstellungsgespräch für { $title }: { $when }
mail-invitation-intro =
    Guten Tag { $name },

    wir möchten Sie gern zu einem Vorstellungsgespräch für { $title } einladen.
mail-invitation-changed-intro =
    Guten Tag { $name },

    es gibt Änderungen bei Zeit oder Ort Ihres Vorstellungsgesprächs. Hier sind die
    neuen Angaben.
# The facts block: the two-space indent sets it apart in plain text.
mail-invitation-facts =
    {"  "}{ $step } (Referenznummer { $reference })
    {"  "}Wann:  { $when } ({ $zone })
    {"  "}Dauer: { $minutes } Minuten
    {"  "}Wo:    { $place }
mail-invitation-outro =
    Mit der angehängten Einladung tragen Sie das Vorstellungsgespräch in Ihren Kalender
    ein, der es in Ihrer eigenen Zeitzone anzeigt. Falls Ihnen der Termin nicht passt,
    antworten Sie bitte auf diese E-Mail.

    Wie wir Ihre Daten verwenden und aufbewahren, erfahren Sie in unseren
    Datenschutzhinweisen für Bewerbende:
    { $privacy_url }

    Panopto Karriere

mail-cancelled-subject = Abgesagt: Ihr Vorstellungsgespräch für { $title }
mail-cancelled-body =
    Guten Tag { $name },

    Ihr Vorstellungsgespräch für { $title } ({ $step }, Referenznummer { $reference })
    am { $when } ist abgesagt. Mit der angehängten Absage wird es aus Ihrem Kalender
    entfernt.

    Falls wir einen anderen Termin finden möchten, schreiben wir Ihnen. Wie wir Ihre
    Daten verwenden und aufbewahren, erfahren Sie in unseren Datenschutzhinweisen für
    Bewerbende:
    { $privacy_url }

    Panopto Karriere

mail-slots-subject = Wählen Sie einen Termin für Ihr Vorstellungsgespräch für { $title }
mail-slots-intro =
    Guten Tag { $name },

    wir möchten Sie gern zu einem Vorstellungsgespräch für { $title } einladen:
    { $step }, { $minutes } Minuten. Bitte wählen Sie den Termin, der Ihnen am besten
    passt:

    { $link_url }

    Diese Termine können wir Ihnen anbieten, angezeigt in { $zone } (auf der Seite
    können Sie jede beliebige Zeitzone wählen):
mail-slots-outro =
    Der Link ist bis { $expires } gültig. Der erste Termin, den Sie wählen, wird gebucht,
    und Sie erhalten eine Kalendereinladung per E-Mail.

    Wie wir Ihre Daten verwenden und aufbewahren, erfahren Sie in unseren
    Datenschutzhinweisen für Bewerbende:
    { $privacy_url }

    Panopto Karriere
