# Layout, Karriere-Startseite, Stellenliste und Stellenseiten.
#
# Messages whose id ends in -html may hold these tags only: <a href="…">, <strong>,
# <code>, <span>, <time datetime="…">. Their values are escaped; everything else is
# plain text. Keep { $variables } as they are; move them wherever the sentence needs.

language-name = Deutsch
# The CLDR locale whose dates and numbers this language uses (default: the folder name).
language-formats = de-DE

site-name = Panopto Karriere
site-careers = Karriere
site-brand-html = Panopto <span>Karriere</span>
site-description = Offene Stellen bei Panopto in Nord- und Südamerika, EMEA und APAC.
skip-to-content = Zum Inhalt springen
nav-main = Hauptnavigation
nav-jobs = Stellen
nav-privacy = Datenschutz
nav-languages = Sprache
footer-companies = Panopto stellt über die Panopto, Inc. (USA), die Panopto EMEA, Ltd. und die Panopto APAC Ltd. ein.
footer-privacy = Datenschutzhinweise für Bewerbende
footer-cookies = Cookies
footer-feed = Stellen-Feed (RSS)
feed-title = Offene Stellen
feed-channel-title = Panopto Karriere: offene Stellen
feed-description = Offene Stellen bei der Panopto, Inc., der Panopto EMEA, Ltd. und der Panopto APAC Ltd.

home-title = Arbeiten bei uns
home-heading = Wir helfen der Welt, mit Video zu lernen
home-lead = Wir entwickeln die Videoplattform, mit der Hochschulen und Unternehmen lehren, schulen und ihr Wissen teilen. Wir stellen in den USA, in EMEA und im asiatisch-pazifischen Raum ein.
home-open-positions = Offene Stellen
home-your-data = Ihre Daten bei der Bewerbung
home-your-data-html = Wir verwenden Ihre Angaben ausschließlich, um Sie für Stellen in Betracht zu ziehen. Sie müssen mindestens 18 Jahre alt sein, um sich zu bewerben. Bitte machen Sie keine sensiblen Angaben wie Ausweis- oder Identifikationsnummern oder Gesundheitsdaten. In den <a href="{ $privacy_url }">Datenschutzhinweisen für Bewerbende</a> erfahren Sie, wie lange wir Bewerbungen aufbewahren und wie Sie Ihre Daten einsehen, berichtigen oder löschen lassen können.

jobs-title = Offene Stellen
jobs-title-matching = Stellen zu „{ $query }“
jobs-title-page = (Seite { $page })
jobs-heading = Offene Stellen
search-label = Stellen suchen
search-keywords = Suchbegriffe
search-placeholder = z. B. Engineer, Vertrieb, Rust
search-company = Unternehmen
search-all-companies = Alle Unternehmen
search-location = Standort
search-all-locations = Alle Standorte
search-department = Abteilung
search-all-departments = Alle Abteilungen
search-submit = Suchen
search-clear = Filter zurücksetzen
jobs-count-filtered = { $count ->
    [one] Eine offene Stelle entspricht Ihrer Suche.
   *[other] { $count } offene Stellen entsprechen Ihrer Suche.
}
jobs-count-all = { $count ->
    [one] Eine offene Stelle.
   *[other] { $count } offene Stellen.
}
jobs-none-filtered = Keine offene Stelle entspricht diesen Filtern.
jobs-none = Derzeit gibt es keine offenen Stellen.
jobs-see-all = Alle offenen Stellen ansehen
jobs-posted-html = Veröffentlicht am <time datetime="{ $datetime }">{ $date }</time>
pages-label = Seiten
page-previous = Vorherige Seite
page-next = Nächste Seite
page-of = Seite { $page } von { $pages }

job-location = Standort:
job-department = Abteilung:
job-employment = Beschäftigungsart:
job-company = Einstellendes Unternehmen:
job-description = { $title } bei { $company }, { $location }.
job-all-jobs = Alle Stellen
job-hiring-company = Einstellendes Unternehmen
job-pay = Vergütung
job-posted = Veröffentlicht
job-apply-by = Bewerbungsschluss
job-apply = Jetzt bewerben
job-data-note-html = Ihre Bewerbung geht an { $company } und wird in den USA gespeichert: siehe <a href="{ $privacy_url }">Datenschutzhinweise für Bewerbende</a>.
job-shown-in = Diese Stellenbeschreibung gibt es nur in einer Sprache: { $language }.
employment-full_time = Vollzeit
employment-part_time = Teilzeit
employment-contract = Freie Mitarbeit
employment-temporary = Befristet
employment-internship = Praktikum
# Pay: "165.000–215.000 USD pro Jahr". The amounts come formatted for the language.
salary-year = { $min }–{ $max } { $currency } pro Jahr
salary-hour = { $min }–{ $max } { $currency } pro Stunde
