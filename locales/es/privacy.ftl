# Aviso de privacidad para candidatos, página de cookies y solicitudes de privacidad.

privacy-title = Aviso de privacidad para candidatos
privacy-lead = Este aviso explica qué ocurre con la información que nos facilita cuando presenta su candidatura a un puesto a través de este sitio: qué datos recogemos, para qué, quién los ve, dónde se conservan, durante cuánto tiempo y qué puede hacer usted al respecto.
privacy-toc = En esta página
privacy-who = Quiénes somos
privacy-what = Qué datos recogemos
privacy-why = Para qué los utilizamos
privacy-sharing = Quién los ve
privacy-transfer = Dónde se almacenan
privacy-minors = Candidatos menores de 18 años
privacy-sensitive = Información sensible
privacy-retention = Cuánto tiempo los conservamos
privacy-rights = Sus derechos y cómo ejercerlos
privacy-security = Seguridad
privacy-contact = Contacto
privacy-who-text = Panopto contrata a través de varias empresas. La empresa que publica una oferta es aquella a la que usted presenta su candidatura, y es esa empresa la que decide sobre el tratamiento de su candidatura:
privacy-who-runs = Panopto, Inc., con sede en Seattle (Estados Unidos), gestiona este sitio de empleo para todas ellas.
privacy-what-form = Lo que escribe en el formulario de candidatura: su nombre, su dirección de correo electrónico, su número de teléfono (opcional), su país de residencia, su carta de presentación y un enlace a su perfil (ambos opcionales).
privacy-what-resume = Su currículum, tal como lo sube en forma de archivo, y el texto que extraemos de él para que los revisores puedan hacer búsquedas en él y previsualizarlo.
privacy-what-choices = Sus elecciones: que ha leído este aviso, su consentimiento a la transferencia que se describe más abajo y si desea que se tenga en cuenta su candidatura para otros puestos.
privacy-what-process = Lo que ocurre con su candidatura: su fase, las notas y puntuaciones de las personas que la revisan, sus entrevistas y los comentarios de los entrevistadores, y cualquier propuesta de contratación que se le haga.
privacy-what-dob = Solo le pedimos la fecha de nacimiento para comprobar que tiene al menos 18 años. La utilizamos para esa comprobación mientras se recibe su formulario y después la descartamos: nunca se almacena, nunca se escribe en nuestros registros y nunca se muestra a nadie. Solo conservamos el hecho de que la comprobación se superó, y cuándo.
privacy-what-ip = Nuestros servidores ven su dirección IP, como ocurre con cualquier sitio web. Solo la utilizamos, durante poco tiempo y de una forma que no permite volver a leerla, para frenar avalanchas de envíos automatizados. No utilizamos herramientas de analítica ni de publicidad.
privacy-why-text = Utilizamos su información para valorar su candidatura al puesto que ha solicitado, para ponernos en contacto con usted al respecto y para llevar los registros que la legislación laboral espera de nosotros. Si usted lo elige, también tendremos en cuenta su candidatura para otros puestos en cualquier empresa de Panopto durante un tiempo limitado. No utilizamos su información con fines de marketing ni la vendemos.
privacy-sharing-text = Solo las personas que lo necesitan: los reclutadores y responsables de contratación de la empresa que publicó la oferta, los responsables asignados a ese puesto y un pequeño equipo de RR. HH. que se ocupa de los registros, la conservación de datos y las solicitudes de privacidad. El personal de otra empresa de Panopto no ve su candidatura, salvo que usted haya aceptado que se tenga en cuenta para otros puestos. Cada vez que un miembro del personal abre una candidatura o descarga un currículum, queda registrado.
privacy-sharing-outside = No compartimos candidaturas fuera de Panopto, salvo con proveedores de servicios que gestionan nuestros sistemas por cuenta nuestra en virtud de un contrato y con obligación de confidencialidad, o cuando la ley nos obliga a ello.
privacy-transfer-text = Todo lo que envía a través de este sitio se almacena y se trata en Estados Unidos, sea cual sea la empresa a la que presente su candidatura. Si reside fuera de Estados Unidos, antes de aceptar su candidatura le pedimos su consentimiento explícito para esa transferencia y para el tratamiento por parte de la empresa de Panopto que publicó la oferta. Sin ese consentimiento no podemos tramitar su candidatura.
privacy-minors-text = Debe tener al menos 18 años para presentar una candidatura. Si la comprobación de edad indica que es menor, su candidatura se rechaza y no se conserva nada de lo que nos envió. Si más adelante descubrimos que un candidato es menor de 18 años, eliminamos su candidatura de inmediato.
privacy-sensitive-text = No nos envíe información sensible: números de identificación oficiales (como el número de la Seguridad Social de Estados Unidos), origen racial o étnico, opiniones políticas, religión u otras creencias, datos de salud, biométricos o genéticos, antecedentes penales o afiliación sindical. No la necesitamos para valorar su candidatura. Cuando presenta su candidatura, buscamos este tipo de información en su formulario y en su currículum y, si encontramos alguna, le mostramos lo que hemos encontrado para que pueda eliminarla antes de que se envíe su candidatura.
privacy-retention-rejected = Si no se le ofrece el puesto, anonimizamos su candidatura un año después de la decisión: se eliminan su nombre, sus datos de contacto, su carta de presentación, su currículum y las notas de los revisores, y solo quedan estadísticas que no le identifican.
privacy-retention-withdrawn = Si retira su candidatura, la eliminamos 30 días después.
privacy-retention-pool = Si acepta que se tenga en cuenta su candidatura para otros puestos, la conservamos durante { $months } meses, le avisamos antes de que termine ese plazo y, llegado ese momento, la anonimizamos, salvo que renueve su consentimiento.
privacy-retention-hired = Si se le contrata, su candidatura pasa a formar parte de su expediente como empleado, que se rige por un aviso distinto.
privacy-retention-legal = Es posible que tengamos que conservar una candidatura durante más tiempo cuando la ley lo exija, por ejemplo, durante un litigio. Mientras dure esa obligación, sus datos se conservan y se protegen; se eliminan cuando la obligación termina.
privacy-rights-text = Puede solicitar el acceso a los datos que conservamos sobre usted (y recibir una copia descargable), su rectificación o su supresión, o retirar sus candidaturas. Para garantizar que solo usted pueda hacerlo, cada solicitud se confirma mediante un enlace que enviamos a la dirección de correo electrónico que utilizó al presentar su candidatura, y solo se aplica a los datos vinculados a esa dirección.
privacy-rights-form-html = Utilice el <a href="{ $form_url }">formulario de solicitudes de privacidad</a> o escríbanos (véanse los datos de contacto más abajo). Respondemos en un plazo de 30 días. Cuando eliminamos sus datos a petición suya, le enviamos un justificante que indica qué se ha eliminado y qué registro anónimo se conserva. El correo electrónico de confirmación de su candidatura también contiene un enlace personal para consultar su estado y retirarla.
privacy-rights-authority = Si reside en el Reino Unido, en el Espacio Económico Europeo o en otro país con legislación de protección de datos, también puede presentar una reclamación ante la autoridad de control en materia de protección de datos de su país.
privacy-security-text = Solo puede acceder a las candidaturas el personal que ha iniciado sesión y necesita conocerlas, a través de conexiones cifradas. Los currículums se almacenan de forma privada y nunca se publican. Ningún sistema es completamente seguro, pero trabajamos para proteger su información en consonancia con su grado de sensibilidad.
privacy-contact-html = Preguntas o solicitudes sobre sus datos: <a href="mailto:{ $email }">{ $email }</a>, o por correo postal a Panopto, Inc., a la atención del Delegado de Protección de Datos, 506 2nd Avenue, Suite 1600, Seattle, WA 98104, Estados Unidos.
privacy-updated = Actualizaremos este aviso cuando cambien nuestras prácticas e indicaremos aquí la fecha del último cambio. Última actualización: { $date }.
privacy-translation-html = Esta traducción se ofrece para su comodidad; si difiere del <a href="{ $english_url }">aviso en inglés</a>, prevalece el aviso en inglés.

cookies-title = Cookies
cookies-intro = Este sitio solo utiliza las cookies que necesita para funcionar. No hay cookies de analítica, de publicidad ni de seguimiento, y no se carga nada desde otros sitios web.
cookies-caption = Cookies que utiliza este sitio
cookies-name = Nombre
cookies-why = Finalidad
cookies-how-long = Duración
cookies-who = Quién la recibe
cookies-outro = Como estas cookies son estrictamente necesarias, no pedimos su consentimiento para instalarlas. Puede bloquear o eliminar las cookies en su navegador; en ese caso, el inicio de sesión del personal y el envío de formularios dejarán de funcionar.
cookie-csrf-purpose = Protege los formularios que envía (candidaturas, solicitudes de privacidad, formularios del personal) frente a la falsificación de peticiones entre sitios.
cookie-csrf-lifetime = Una semana
cookie-csrf-who = Cualquier persona que abra un formulario
cookie-flash-purpose = Lleva un mensaje de un solo uso (como «su solicitud se ha enviado») a la página siguiente y después se elimina.
cookie-flash-lifetime = Se elimina en cuanto se muestra el mensaje
cookie-flash-who = Cualquier persona, tras enviar un formulario
cookie-session-purpose = Mantiene iniciada la sesión del personal. Está cifrada y los scripts no pueden leerla.
cookie-session-lifetime = Caduca tras un periodo de inactividad o, como máximo, al cabo de una jornada laboral, y al cerrar la sesión
cookie-session-who = Solo el personal
cookie-sso-purpose = Solo para el inicio de sesión único del personal: acompaña un inicio de sesión en el servicio de acceso de su empresa y la vuelta, y después lo que cierra allí su sesión. Está cifrada y los scripts no pueden leerla.
cookie-sso-lifetime = Diez minutos para un inicio de sesión en curso; después, hasta cerrar la sesión, como máximo una jornada laboral
cookie-sso-who = El personal que inicia sesión con su cuenta de la empresa

request-title = Sus datos: presentar una solicitud
request-heading = Consulte, rectifique o elimine sus datos
request-intro = Indíquenos la dirección de correo electrónico con la que presentó su candidatura y qué desea que hagamos. Si tenemos datos asociados a esa dirección, le enviaremos un enlace a ella; la solicitud solo se tramita cuando abre el enlace y la confirma. El enlace funciona una sola vez, durante 24 horas.
request-email = Dirección de correo electrónico con la que presentó su candidatura
request-kind = ¿Qué desea que hagamos?
request-kind-access = Ver y descargar mis datos
request-kind-correction = Rectificar mis datos de contacto
request-kind-deletion = Eliminar mis datos
request-kind-withdraw = Retirar todas mis candidaturas en curso
request-kind-required = Elija qué desea que hagamos.
request-send = Enviarme el enlace
request-footer-html = Para saber cómo utilizamos y conservamos sus datos, consulte el <a href="{ $privacy_url }">aviso de privacidad para candidatos</a>. Respondemos a todas las solicitudes confirmadas en un plazo de 30 días.
requested-title = Revise su correo electrónico
requested-text = Si tenemos datos asociados a esta dirección, le hemos enviado un enlace a ella. Abra el enlace en un plazo de 24 horas para confirmar su solicitud; no se hará nada hasta que lo haga.
requested-spam = Si no recibe ningún correo en unos minutos, revise su carpeta de correo no deseado. Si no tenemos datos asociados a la dirección, no se envía ningún correo.
request-rate-limited = Hemos recibido varias solicitudes desde su red en la última hora. Vuelva a intentarlo más tarde.
link-gone-title = Este enlace ya no funciona
link-gone-text = Este enlace ha caducado o ya se ha utilizado. Puede presentar una nueva solicitud desde el formulario de solicitudes de privacidad.
see-open-jobs = Ver ofertas abiertas

verify-title = Confirme su solicitud
verify-access-text-html = Descargue un único archivo comprimido (ZIP) con todo lo que conservamos sobre su dirección de correo electrónico: un archivo <code>data.json</code> con sus datos de contacto, sus candidaturas con su historial y las notas de los revisores, sus entrevistas y los comentarios sobre usted, los correos electrónicos que le enviamos y sus solicitudes de privacidad, además de los archivos de currículum que nos envió.
verify-download = Descargar mis datos
verify-access-once = Este enlace funciona una sola vez: guarde el archivo en un lugar seguro.
verify-correction-text = Rectifique los datos de contacto que conservamos sobre usted. Se aplicarán a todas sus candidaturas.
verify-transfer = Acepto que mis candidaturas se transfieran a Estados Unidos y se traten allí.
verify-save = Guardar mis datos
verify-deletion-text = { $count ->
    [one] Eliminaremos todo lo que conservamos sobre su dirección de correo electrónico: 1 candidatura con su currículum, carta de presentación, notas de los revisores, puntuaciones, entrevistas, comentarios e historial de fases; sus datos de contacto; cualquier envío pendiente de su revisión, y los correos electrónicos que le enviamos.
    [many] Eliminaremos todo lo que conservamos sobre su dirección de correo electrónico: { $count } de candidaturas con sus currículums, cartas de presentación, notas de los revisores, puntuaciones, entrevistas, comentarios e historial de fases; sus datos de contacto; cualquier envío pendiente de su revisión, y los correos electrónicos que le enviamos.
   *[other] Eliminaremos todo lo que conservamos sobre su dirección de correo electrónico: { $count } candidaturas con sus currículums, cartas de presentación, notas de los revisores, puntuaciones, entrevistas, comentarios e historial de fases; sus datos de contacto; cualquier envío pendiente de su revisión, y los correos electrónicos que le enviamos.
}
verify-deletion-kept = Lo que conservamos: por cada candidatura, una entrada en nuestro registro de auditoría que indica que se eliminó a petición suya, y cuándo, sin su nombre, su dirección ni ningún otro dato sobre usted; de las candidaturas anonimizadas anteriormente, solo su esquema anónimo (puesto, empresa, fechas y fases) para estadísticas de contratación; y el tipo y las fechas de esta solicitud. Recibirá un justificante por correo electrónico, tras lo cual olvidaremos su dirección.
verify-deletion-hold = Si una obligación legal nos exige conservar parte de sus datos, o si todavía tiene abierta una propuesta de contratación, eliminaremos ahora el resto y lo que quede en cuanto nos esté permitido, en un plazo de 30 días salvo que la obligación dure más; se lo comunicaremos.
verify-delete = Eliminar mis datos
cannot-undo = Esta acción no se puede deshacer.
verify-withdraw-text = { $count ->
    [0] Retiraremos todas sus candidaturas que sigan en curso: en este momento no tiene ninguna. Las candidaturas retiradas dejan de tenerse en cuenta y se eliminan al cabo de 30 días.
    [one] Retiraremos su candidatura en curso. Las candidaturas retiradas dejan de tenerse en cuenta y se eliminan al cabo de 30 días.
    [many] Retiraremos sus { $count } de candidaturas en curso. Las candidaturas retiradas dejan de tenerse en cuenta y se eliminan al cabo de 30 días.
   *[other] Retiraremos sus { $count } candidaturas en curso. Las candidaturas retiradas dejan de tenerse en cuenta y se eliminan al cabo de 30 días.
}
verify-withdraw = Retirar mis candidaturas

done-withdrawn-title = Candidaturas retiradas
done-withdrawn = { $count ->
    [0] No tenía ninguna candidatura en curso que retirar.
    [one] Su candidatura en curso se ha retirado.
    [many] Se han retirado sus { $count } de candidaturas en curso.
   *[other] Se han retirado sus { $count } candidaturas en curso.
}
done-withdrawn-after = Las candidaturas retiradas dejan de tenerse en cuenta y se eliminan al cabo de 30 días.
done-deleted-title = Sus datos se han eliminado
done-deleted = Hemos eliminado los datos que conservábamos sobre su dirección de correo electrónico.
done-deleted-receipt = Le estamos enviando un justificante que indica qué se ha eliminado y qué registro anónimo se conserva; una vez enviado, también olvidaremos su dirección.
done-confirmed-title = Su solicitud está confirmada
done-held = Hemos eliminado lo que hemos podido. Una obligación legal nos exige conservar parte de sus datos por ahora; los eliminaremos en cuanto termine esa obligación y después le enviaremos un justificante.
done-held-after = Hasta entonces, su solicitud seguirá abierta en nuestro equipo de RR. HH.
done-offer = Todavía tiene abierta una propuesta de contratación, por lo que nuestro equipo de RR. HH. completará su solicitud manualmente.
done-offer-after = Eliminaremos sus datos a más tardar el { $date } y le enviaremos un justificante.
done-corrected-title = Sus datos se han rectificado
done-corrected = Hemos guardado sus datos de contacto rectificados para todas sus candidaturas.

renew-title = Siga en nuestra bolsa de talento
renew-text-html = Usted aceptó que tuviéramos en cuenta su candidatura para otros puestos en cualquier empresa de Panopto. Ese consentimiento finaliza el <strong>{ $date }</strong>; a partir de entonces anonimizaremos sus candidaturas, salvo que alguna siga en curso.
renew-renewed-html = Si lo renueva, conservaremos sus candidaturas y podremos ponernos en contacto con usted sobre otros puestos hasta el <strong>{ $until }</strong>, y se lo volveremos a recordar antes de esa fecha. Puede retirar sus candidaturas o pedir que eliminemos sus datos en cualquier momento mediante el <a href="{ $form_url }">formulario de solicitudes de privacidad</a>.
renew-button = Renovar mi consentimiento
renew-do-nothing = Si prefiere que finalice, no tiene que hacer nada.
renewed-title = Sigue en nuestra bolsa de talento
renewed-text = Gracias. Podremos tener en cuenta su candidatura para otros puestos hasta el { $date } y se lo recordaremos antes de esa fecha.
