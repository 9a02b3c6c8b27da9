# Presentación de candidaturas: el formulario, sus mensajes, la revisión de datos sensibles,
# la confirmación y la página de estado del candidato.

apply-title = Candidatura: { $title }
apply-back = Volver a la oferta
apply-sensitive-title = No envíe información sensible
apply-sensitive-intro = No incluya, ni en el formulario ni en su currículum:
apply-sensitive-ids = números de identificación oficiales, como el número de la Seguridad Social de Estados Unidos o el National Insurance Number del Reino Unido;
apply-sensitive-beliefs = origen racial o étnico, opiniones políticas, religión u otras creencias;
apply-sensitive-health = información sobre salud, datos biométricos o genéticos;
apply-sensitive-other = antecedentes penales o afiliación sindical.
apply-sensitive-check = Comprobamos si lo que nos envía contiene este tipo de información y, en ese caso, le pediremos que lo revise antes de que se envíe su candidatura.
form-errors-title = Corrija lo siguiente
apply-trap = Deje este campo vacío
field-full-name = Nombre completo
field-email = Correo electrónico
field-email-hint = Le enviaremos a esta dirección la confirmación y un enlace para seguir su candidatura.
field-phone = Teléfono
field-optional = (opcional)
field-country = País de residencia
field-choose-country = Elija un país
field-dob = Fecha de nacimiento
field-dob-hint = Solo se utiliza para comprobar que tiene al menos 18 años y después se descarta: nunca se almacena ni se muestra a nadie. Por eso también tendrá que volver a indicarla si se le vuelve a mostrar el formulario.
field-resume = Currículum
field-resume-hint = PDF, Word (.docx) o texto sin formato, { $mib } MB como máximo.
field-resume-again = Vuelva a adjuntarlo.
field-cover-letter = Carta de presentación
field-profile = Enlace a su perfil o portafolio
consents = Consentimientos
consent-privacy-html = He leído el <a href="{ $privacy_url }">aviso de privacidad para candidatos</a>.
consent-transfer = Acepto que mi candidatura, enviada a { $company }, se transfiera a Estados Unidos y se trate allí.
consent-transfer-hint = Obligatorio si reside fuera de Estados Unidos.
consent-talent-pool = Conservar mi candidatura para que se me tenga en cuenta en otros puestos de cualquier empresa de Panopto.
consent-talent-pool-hint = Opcional. La conservamos durante { $months } meses y le avisamos antes de que venza el plazo.
apply-send = Enviar candidatura

# Mensajes de los campos.
name-required = Indique su nombre completo.
name-too-long = Su nombre puede tener como máximo 200 caracteres.
name-control = Su nombre contiene caracteres no permitidos (como saltos de línea).
email-required = Indique su dirección de correo electrónico.
email-too-long = Su dirección de correo electrónico puede tener como máximo 254 caracteres.
email-invalid = Indique una dirección de correo electrónico válida, como nombre@example.com.
phone-too-long = El número de teléfono puede tener como máximo 32 caracteres.
phone-invalid = El número de teléfono solo puede contener dígitos, espacios y + - ( ).
cover-letter-too-long = La carta de presentación puede tener como máximo 10.000 caracteres.
cover-letter-control = La carta de presentación contiene caracteres no permitidos.
url-invalid = Indique una dirección web completa que empiece por https:// (o deje el campo vacío).
dob-required = Indique su fecha de nacimiento.
dob-format = Indique su fecha de nacimiento con el formato AAAA-MM-DD, por ejemplo, 1990-04-23.
dob-check = Compruebe su fecha de nacimiento.
country-required = Elija su país de residencia.
consent-privacy-required = Confirme que ha leído el aviso de privacidad.
consent-transfer-required = Los candidatos que residen fuera de Estados Unidos deben aceptar la transferencia de su candidatura.
resume-required = Adjunte su currículum.
form-too-fast = El formulario se ha enviado más rápido de lo que una persona puede rellenarlo. Revise sus respuestas y vuelva a enviarlo.
resume-encrypted = Su currículum está protegido con contraseña. Suba una versión sin contraseña.
resume-too-complex = Su currículum es demasiado complejo para que podamos leerlo. Suba una versión más sencilla, por ejemplo, un PDF guardado desde un procesador de textos.
resume-unreadable = No se ha podido leer su currículum. Puede que esté dañado: vuelva a exportarlo y suba el nuevo archivo.
resume-macros = Su currículum contiene macros. Guárdelo como documento de Word normal (.docx, no .docm) o como PDF y suba ese archivo.
resume-objects = Su currículum contiene objetos o controles incrustados. Guárdelo como documento normal sin ellos, o como PDF, y suba ese archivo.
resume-scripts = Su currículum contiene scripts, archivos adjuntos o contenido interactivo. Suba un documento sencillo, por ejemplo, un PDF impreso o exportado desde un procesador de textos.

# Rechazos que se muestran como páginas.
underage-title = Los candidatos deben tener al menos 18 años
underage-text = Solo podemos tener en cuenta candidaturas de personas de 18 años o más. No hemos conservado nada de lo que nos envió.
unsupported-type-text = Solo aceptamos currículums en formato PDF, Word (.docx) o texto sin formato. El archivo que ha elegido no es de ninguno de estos tipos, tenga el nombre que tenga. No hemos conservado nada de lo que nos envió.
duplicate-title = Ya ha presentado su candidatura a esta oferta
duplicate-text = Ya tenemos su candidatura a esta oferta, así que no se ha modificado nada. El correo electrónico que le enviamos contiene un enlace para seguirla.
infected-title = Su currículum no ha superado nuestro análisis antivirus
infected-text = Nuestro antivirus ha detectado contenido malicioso en el archivo que eligió, por lo que lo hemos eliminado y no hemos conservado nada de lo que nos envió. Analice su equipo, guarde una copia limpia de su currículum y vuelva a presentar su candidatura.
scanner-down-title = En este momento no podemos comprobar archivos
scanner-down-text = Analizamos todos los currículums en busca de virus antes de aceptarlos, y nuestro antivirus no responde en este momento. No hemos conservado nada de lo que nos envió. Vuelva a intentarlo dentro de unos minutos.
rate-limited-text = Hemos recibido varias candidaturas desde su red en la última hora. Vuelva a intentarlo más tarde.
form-expired-text = El formulario ha caducado o no se envió desde este sitio. Vuelva atrás, recargue la página e inténtelo de nuevo.
honeypot-text = No hemos podido aceptar su candidatura. Recargue la página y rellene solo los campos visibles.
form-unchecked-text = No se ha podido comprobar el formulario. Recargue la página e inténtelo de nuevo.
review-expired = Esta revisión ha caducado o ya se ha utilizado, y lo que nos envió se ha eliminado. Vuelva a presentar su candidatura.

# La revisión de datos sensibles.
review-title = Revise su candidatura
review-intro-html = Su candidatura para <strong>{ $title }</strong> <strong>todavía no se ha enviado</strong>. Hemos encontrado información que parece sensible. No la necesitamos para valorar su candidatura y le pedimos que no nos la envíe.
review-found = Lo que hemos encontrado
review-where = Dónde
review-what = Qué parece
review-text = Texto (números ocultos)
review-expires = Esta revisión caduca en una hora; después, lo que nos envió se eliminará.
review-edit = Volver y editar
review-edit-hint = Sus respuestas se conservan; tendrá que volver a indicar su fecha de nacimiento y adjuntar de nuevo su currículum.
review-submit = Enviar de todos modos
review-submit-hint = Quienes revisen su candidatura verán que se encontró información sensible, con los números de identificación ocultos.
source-cover_letter = Carta de presentación
source-resume = Currículum
category-government_id = Número de identificación oficial
category-payment_card = Número de tarjeta de pago
category-racial_or_ethnic_origin = Origen racial o étnico
category-political_opinions = Opiniones políticas
category-religion_or_beliefs = Religión o creencias
category-health = Salud
category-biometric = Datos biométricos
category-genetic = Datos genéticos
category-criminal_background = Antecedentes penales
category-trade_union = Afiliación sindical

# Después del envío.
sent-title = Candidatura enviada
sent-heading = Gracias: su candidatura se ha enviado
sent-reference-html = Su referencia es <strong class="reference">{ $reference }</strong>.
sent-text = Le hemos enviado un correo electrónico con un enlace personal desde el que puede seguir su candidatura y retirarla si cambia de opinión. Si no lo recibe en unos minutos, revise su carpeta de correo no deseado.
sent-more-jobs = Ver otras ofertas abiertas
status-title = Su candidatura
status-job = Puesto
status-reference = Referencia
status-sent = Enviada
status-status = Estado
status-withdraw-text = Si ya no desea que se tenga en cuenta su candidatura para este puesto, puede retirarla. Esta acción no se puede deshacer; sus datos se eliminarán 30 días después.
status-withdraw = Retirar mi candidatura
status-rights-html = Para consultar, rectificar o eliminar todos los datos que conservamos sobre usted, lea el <a href="{ $rights_url }">aviso de privacidad</a>.
status-withdrawn = Su candidatura se ha retirado.
status-not-withdrawable = Esta candidatura ya no se puede retirar.
stage-submitted = Recibida: pendiente de revisión
stage-screening = En revisión
stage-interview = En revisión
stage-offer = Propuesta de contratación realizada
stage-hired = Contratación confirmada
stage-rejected = No seleccionada
stage-withdrawn = Retirada por usted
