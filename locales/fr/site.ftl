# Mise en page, accueil carrières, liste des offres et pages d’offre.
#
# Les messages dont l’id se termine par -html ne peuvent contenir que ces balises :
# <a href="…">, <strong>, <code>, <span>, <time datetime="…">. Tout le reste est du
# texte brut. Conservez les { $variables } telles quelles ; déplacez-les selon la phrase.

language-name = Français
# La locale CLDR dont cette langue utilise les formats de date et de nombre.
language-formats = fr-FR

site-name = Panopto Carrières
site-careers = Carrières
site-brand-html = Panopto <span>Carrières</span>
site-description = Postes à pourvoir chez Panopto dans les Amériques, la région EMEA et l’Asie-Pacifique.
skip-to-content = Aller au contenu principal
nav-main = Navigation principale
nav-jobs = Offres d’emploi
nav-privacy = Confidentialité
nav-languages = Langue
footer-companies = Panopto recrute par l’intermédiaire de Panopto, Inc. (États-Unis), Panopto EMEA, Ltd. et Panopto APAC Ltd.
footer-privacy = Politique de confidentialité des candidats
footer-cookies = Cookies
footer-feed = Flux des offres (RSS)
feed-title = Offres d’emploi
feed-channel-title = Panopto Carrières : offres d’emploi
feed-description = Postes à pourvoir chez Panopto, Inc., Panopto EMEA, Ltd. et Panopto APAC Ltd.

home-title = Rejoignez-nous
home-heading = Aidons le monde à apprendre par la vidéo
home-lead = Nous développons la plateforme vidéo qu’utilisent les universités et les entreprises pour enseigner, former et partager leurs connaissances. Nous recrutons aux États-Unis, dans la région EMEA et en Asie-Pacifique.
home-open-positions = Postes à pourvoir
home-your-data = Vos données lorsque vous postulez
home-your-data-html = Nous utilisons les informations que vous nous transmettez uniquement pour étudier votre candidature à nos postes. Vous devez avoir au moins 18 ans pour postuler. Merci de ne pas inclure d’informations sensibles, telles que des numéros d’identification ou des données de santé. Consultez la <a href="{ $privacy_url }">politique de confidentialité des candidats</a> pour savoir combien de temps nous conservons les candidatures et comment consulter, rectifier ou supprimer vos données.

jobs-title = Offres d’emploi
jobs-title-matching = Offres correspondant à « { $query } »
jobs-title-page = (page { $page })
jobs-heading = Offres d’emploi
search-label = Rechercher une offre
search-keywords = Mots-clés
search-placeholder = p. ex. ingénieur, ventes, Rust
search-company = Entreprise
search-all-companies = Toutes les entreprises
search-location = Lieu
search-all-locations = Tous les lieux
search-department = Service
search-all-departments = Tous les services
search-submit = Rechercher
search-clear = Effacer les filtres
jobs-count-filtered = { $count ->
    [one] { $count } poste à pourvoir correspond à votre recherche.
    [many] { $count } de postes à pourvoir correspondent à votre recherche.
   *[other] { $count } postes à pourvoir correspondent à votre recherche.
}
jobs-count-all = { $count ->
    [one] { $count } poste à pourvoir.
    [many] { $count } de postes à pourvoir.
   *[other] { $count } postes à pourvoir.
}
jobs-none-filtered = Aucun poste à pourvoir ne correspond à ces filtres.
jobs-none = Aucun poste à pourvoir pour le moment.
jobs-see-all = Voir tous les postes à pourvoir
jobs-posted-html = Mise en ligne le <time datetime="{ $datetime }">{ $date }</time>
pages-label = Pagination
page-previous = Page précédente
page-next = Page suivante
page-of = Page { $page } sur { $pages }

job-location = Lieu :
job-department = Service :
job-employment = Type de contrat :
job-company = Employeur :
job-description = { $title } chez { $company }, { $location }.
job-all-jobs = Toutes les offres
job-hiring-company = Employeur
job-pay = Rémunération
job-posted = Date de publication
job-apply-by = Date limite de candidature
job-apply = Postuler à cette offre
job-data-note-html = Votre candidature est transmise à { $company } et stockée aux États-Unis : consultez la <a href="{ $privacy_url }">politique de confidentialité des candidats</a>.
job-shown-in = Cette offre n’est disponible que dans la langue suivante : { $language }.
employment-full_time = Temps plein
employment-part_time = Temps partiel
employment-contract = Prestataire indépendant
employment-temporary = Temporaire
employment-internship = Stage
# Rémunération : « De 165 000 à 215 000 USD par an ». Les montants arrivent déjà formatés.
salary-year = De { $min } à { $max } { $currency } par an
salary-hour = De { $min } à { $max } { $currency } de l’heure
