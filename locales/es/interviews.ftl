# Páginas de entrevista del candidato: elegir una hora desde el enlace del correo.

pick-title = Elija la hora de su entrevista
pick-intro-html = { $step } para <strong>{ $title }</strong>, { $minutes } minutos.
pick-zone = Mostrar las horas en
pick-show = Mostrar
pick-times-in = Horas en { $zone }
pick-book = Reservar esta hora
pick-none-free = Ya no queda libre ninguna de las horas ofrecidas. Responda al correo electrónico con el que recibió este enlace y buscaremos con usted otro momento.
pick-footer-html = Una vez hecha la reserva, usted y los entrevistadores recibirán por correo electrónico una invitación de calendario. Sus datos se tratan tal como se explica en nuestro <a href="{ $privacy_url }">aviso de privacidad para candidatos</a>.
pick-choose = Elija una de las horas.
pick-taken = Lo sentimos, alguien acaba de reservar esa hora. Elija otra.
pick-settled = Esta entrevista se acaba de concertar, quizá desde otra ventana: recibirá la invitación por correo electrónico en breve.
pick-gone = Este enlace ha caducado o la entrevista ya se ha concertado. Si no ha recibido ninguna invitación, responda al correo electrónico con el que recibió el enlace.
booked-title = Su entrevista está reservada
booked-text-html = { $step } para <strong>{ $title }</strong>: { $when }, { $minutes } minutos.
booked-invitation = En breve recibirá una invitación de calendario en su correo electrónico. Si la hora deja de venirle bien, responda a ese correo.
