# Correos a los candidatos, en el idioma en que presentaron la candidatura (texto sin formato;
# las líneas se conservan tal cual). Las direcciones ({ $…url }) son enlaces completos:
# cada una en su propia línea.

mail-signature = Panopto Empleo

mail-received-subject = Hemos recibido su candidatura: { $title }
mail-received-body =
    Hola, { $name }:

    Gracias por presentar su candidatura al puesto de { $title } en { $company }.
    Su referencia es { $reference }.

    Puede consultar el estado de su candidatura y, si lo desea, retirarla, en este
    enlace personal (no lo comparta: cualquier persona que lo tenga puede ver el estado):

    { $status_url }

    Próximos pasos: el equipo de selección revisa todas las candidaturas y se pondrá en
    contacto con usted por correo electrónico. En nuestro aviso de privacidad para
    candidatos explicamos cómo utilizamos y conservamos sus datos:
    { $privacy_url }

    Panopto Empleo

mail-stage-subject = Su candidatura para { $title }: novedades
mail-stage-body =
    Hola, { $name }:

    { $stage ->
        [screening] El equipo de selección está revisando su candidatura para el puesto de { $title } (referencia { $reference }).
        [interview] Buenas noticias: al equipo de selección le gustaría mantener una entrevista con usted para el puesto de { $title } (referencia { $reference }). Se pondrá en contacto con usted por correo electrónico para concertar una hora.
        [offer] Buenas noticias: el equipo de selección está preparando una propuesta de contratación para el puesto de { $title } (referencia { $reference }) y se pondrá en contacto con usted para darle los detalles.
        [hired] Le damos la bienvenida: su contratación para el puesto de { $title } (referencia { $reference }) está confirmada. El equipo se pondrá en contacto con usted en relación con sus primeros días.
       *[rejected] Gracias por su interés en el puesto de { $title } (referencia { $reference }). Tras valorar detenidamente su candidatura, el equipo de selección ha decidido no seguir adelante con ella.
    }

    Puede consultar el estado de su candidatura en el enlace personal que figura en el
    correo de confirmación que le enviamos cuando la presentó. En nuestro aviso de
    privacidad para candidatos explicamos cómo utilizamos y conservamos sus datos:
    { $privacy_url }

    Panopto Empleo

mail-request-subject = Confirme su solicitud de privacidad
mail-request-body =
    Hola, { $name }:

    Hemos recibido una solicitud relativa a los datos que Panopto Empleo conserva sobre
    esta dirección de correo electrónico:

        { $kind ->
            [access] Ver y descargar mis datos
            [correction] Rectificar mis datos de contacto
            [deletion] Eliminar mis datos
           *[withdraw] Retirar todas mis candidaturas en curso
        }

    Para confirmarla, abra este enlace en un plazo de { $hours } horas. Solo funciona una
    vez, y no se hará nada hasta que confirme la solicitud en la página que se abre:

    { $link_url }

    Si usted no ha hecho esta solicitud, ignore este correo: no cambiará nada y el
    enlace dejará de funcionar por sí solo.

    Panopto Empleo

mail-deleted-subject = Sus datos se han eliminado
mail-deleted-body =
    Hola:

    Tal como solicitó el { $requested } (y confirmó el { $verified }), el { $deleted }
    Panopto Empleo eliminó los datos que conservaba sobre esta dirección de correo
    electrónico:

    - sus candidaturas, con sus currículums y el texto extraído de ellos, las cartas de
      presentación, las notas y puntuaciones de los revisores, las entrevistas y los
      comentarios de los entrevistadores, las propuestas de contratación y su historial
      de fases;
    - sus datos de contacto (nombre, dirección de correo electrónico, teléfono, país,
      enlace al perfil) y cualquier consentimiento para la bolsa de talento;
    - cualquier envío que estuviera pendiente de su revisión;
    - los correos electrónicos que le habíamos enviado.

    Lo que conservamos, sin su nombre, su dirección ni ningún otro dato sobre usted:

    - por cada candidatura eliminada, una entrada en nuestro registro de auditoría que
      indica que se eliminó a petición suya, y cuándo;
    - de las candidaturas anonimizadas anteriormente, su esquema anónimo (puesto,
      empresa, fechas y fases), para estadísticas de contratación;
    - el tipo y las fechas de su solicitud. Una vez enviado este justificante, también
      olvidaremos su dirección de correo electrónico, por lo que no podremos volver a
      ponernos en contacto con usted.

    Si vuelve a presentar una candidatura en el futuro, empezará desde cero.

    Panopto Empleo

mail-pool-subject = ¿Desea seguir en la bolsa de talento de Panopto?
mail-pool-body =
    Hola, { $name }:

    Cuando presentó su candidatura, aceptó que la tuviéramos en cuenta para otros puestos
    en cualquier empresa de Panopto. Ese consentimiento finaliza el { $ends }. A partir de
    entonces, anonimizaremos sus candidaturas (salvo que alguna siga en curso) y no nos
    pondremos en contacto con usted para otras ofertas.

    Para seguir en nuestra bolsa de talento durante otros { $months } meses, abra este
    enlace y confirme:

    { $link_url }

    Si prefiere que su consentimiento finalice, no tiene que hacer nada.

    Panopto Empleo

mail-invitation-subject = Su entrevista para { $title }: { $when }
mail-invitation-changed-subject = Actualización: su entrevista para { $title }: { $when }
mail-invitation-intro =
    Hola, { $name }:

    Nos gustaría concertar con usted una entrevista para el puesto de { $title }.
mail-invitation-changed-intro =
    Hola, { $name }:

    Ha cambiado la hora o el lugar de su entrevista. Estos son los nuevos detalles.
# Bloque de datos: la sangría de dos espacios lo separa en texto sin formato.
mail-invitation-facts =
    {"  "}{ $step } (referencia { $reference })
    {"  "}Cuándo:   { $when } ({ $zone })
    {"  "}Duración: { $minutes } minutos
    {"  "}Dónde:    { $place }
mail-invitation-outro =
    La invitación adjunta añade la entrevista a su calendario, que la mostrará en su propia
    zona horaria. Si la hora no le viene bien, responda a este correo electrónico.

    En nuestro aviso de privacidad para candidatos explicamos cómo utilizamos y
    conservamos sus datos:
    { $privacy_url }

    Panopto Empleo

mail-cancelled-subject = Cancelada: su entrevista para { $title }
mail-cancelled-body =
    Hola, { $name }:

    Su entrevista para el puesto de { $title } ({ $step }, referencia { $reference }),
    prevista para el { $when }, queda cancelada. La cancelación adjunta la elimina de su
    calendario.

    Si quisiéramos buscar otra hora, le escribiremos. En nuestro aviso de privacidad para
    candidatos explicamos cómo utilizamos y conservamos sus datos:
    { $privacy_url }

    Panopto Empleo

mail-slots-subject = Elija la hora de su entrevista para { $title }
mail-slots-intro =
    Hola, { $name }:

    Nos gustaría concertar con usted una entrevista para el puesto de { $title }:
    { $step }, { $minutes } minutos. Elija la hora que mejor le convenga:

    { $link_url }

    Estas son las horas que podemos ofrecerle, en { $zone } (en la página puede verlas en
    la zona horaria que prefiera):
mail-slots-outro =
    El enlace funciona hasta el { $expires }. Se reservará la primera hora que elija y
    recibirá una invitación de calendario por correo electrónico.

    En nuestro aviso de privacidad para candidatos explicamos cómo utilizamos y
    conservamos sus datos:
    { $privacy_url }

    Panopto Empleo
