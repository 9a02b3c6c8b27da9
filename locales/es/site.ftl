# Plantilla, portada de empleo, lista de ofertas y páginas de cada oferta.
#
# Los mensajes cuyo id termina en -html solo admiten estas etiquetas: <a href="…">, <strong>,
# <code>, <span>, <time datetime="…">. El resto es texto sin formato. Mantenga las
# { $variables } tal cual; puede moverlas donde lo pida la frase.

language-name = Español
# Configuración regional CLDR cuyos formatos de fecha y número usa este idioma.
language-formats = es-ES

site-name = Panopto Empleo
site-careers = Empleo
site-brand-html = Panopto <span>Empleo</span>
site-description = Puestos vacantes en Panopto en América, EMEA y APAC.
skip-to-content = Saltar al contenido
nav-main = Principal
nav-jobs = Ofertas
nav-privacy = Privacidad
nav-languages = Idioma
footer-companies = Panopto contrata a través de Panopto, Inc. (Estados Unidos), Panopto EMEA, Ltd. y Panopto APAC Ltd.
footer-privacy = Aviso de privacidad para candidatos
footer-cookies = Cookies
footer-feed = Canal de ofertas (RSS)
feed-title = Ofertas de empleo abiertas
feed-channel-title = Panopto Empleo: ofertas de empleo abiertas
feed-description = Puestos vacantes en Panopto, Inc., Panopto EMEA, Ltd. y Panopto APAC Ltd.

home-title = Trabaje con nosotros
home-heading = Ayude al mundo a aprender con video
home-lead = Creamos la plataforma de video que universidades y empresas utilizan para enseñar, formar y compartir lo que saben. Contratamos en Estados Unidos, EMEA y Asia-Pacífico.
home-open-positions = Puestos vacantes
home-your-data = Sus datos cuando presenta una candidatura
home-your-data-html = Solo utilizamos lo que nos envía para valorar su candidatura a nuestros puestos. Debe tener al menos 18 años para presentar una candidatura. No incluya información sensible, como números de identificación o datos de salud. Consulte el <a href="{ $privacy_url }">aviso de privacidad para candidatos</a> para saber cuánto tiempo conservamos las candidaturas y cómo consultar, rectificar o eliminar sus datos.

jobs-title = Ofertas de empleo abiertas
jobs-title-matching = Ofertas que coinciden con «{ $query }»
jobs-title-page = (página { $page })
jobs-heading = Ofertas de empleo abiertas
search-label = Buscar ofertas
search-keywords = Palabras clave
search-placeholder = p. ej., ingeniero, ventas, Rust
search-company = Empresa
search-all-companies = Todas las empresas
search-location = Ubicación
search-all-locations = Todas las ubicaciones
search-department = Departamento
search-all-departments = Todos los departamentos
search-submit = Buscar
search-clear = Borrar filtros
jobs-count-filtered = { $count ->
    [one] 1 puesto vacante coincide con su búsqueda.
    [many] { $count } de puestos vacantes coinciden con su búsqueda.
   *[other] { $count } puestos vacantes coinciden con su búsqueda.
}
jobs-count-all = { $count ->
    [one] 1 puesto vacante.
    [many] { $count } de puestos vacantes.
   *[other] { $count } puestos vacantes.
}
jobs-none-filtered = Ningún puesto vacante coincide con estos filtros.
jobs-none = En este momento no hay puestos vacantes.
jobs-see-all = Ver todos los puestos vacantes
jobs-posted-html = Fecha de publicación: <time datetime="{ $datetime }">{ $date }</time>
pages-label = Páginas
page-previous = Página anterior
page-next = Página siguiente
page-of = Página { $page } de { $pages }

job-location = Ubicación:
job-department = Departamento:
job-employment = Tipo de empleo:
job-company = Empresa contratante:
job-description = { $title } en { $company }, { $location }.
job-all-jobs = Todas las ofertas
job-hiring-company = Empresa contratante
job-pay = Remuneración
job-posted = Fecha de publicación
job-apply-by = Fecha límite para presentar candidaturas
job-apply = Presentar mi candidatura
job-data-note-html = Su candidatura se envía a { $company } y se almacena en Estados Unidos: consulte el <a href="{ $privacy_url }">aviso de privacidad para candidatos</a>.
job-shown-in = Esta oferta solo está descrita en { $language }.
employment-full_time = Jornada completa
employment-part_time = Jornada parcial
employment-contract = Por contrato
employment-temporary = Temporal
employment-internship = Prácticas
# Remuneración: «USD 165.000–215.000 al año». Las cifras llegan ya formateadas.
salary-year = { $currency } { $min }–{ $max } al año
salary-hour = { $currency } { $min }–{ $max } por hora
