# Páginas de error.

error-code = Error { $status }
error-reference-html = Si se pone en contacto con nosotros por este motivo, indique la referencia <code>{ $reference }</code>.
error-400-title = Petición incorrecta
error-400-text = No se ha podido interpretar la petición. Compruebe la dirección o el formulario e inténtelo de nuevo.
error-403-title = No permitido
error-403-text = No tiene permiso para hacer esto. Si ha enviado un formulario, recargue la página e inténtelo de nuevo.
error-404-title = Página no encontrada
error-404-text = No hay nada en esta dirección. Puede que el puesto ya se haya cubierto o que el enlace esté mal escrito.
error-405-title = Método no permitido
error-405-text = Esta dirección no acepta ese tipo de petición.
error-409-title = Ya realizado
error-409-text = Esto ya se había hecho, así que no se ha modificado nada.
error-410-title = Ya no está disponible
error-410-text = Lo que busca se ha eliminado.
error-413-title = Archivo demasiado grande
error-413-text = El archivo que intenta subir supera el tamaño que aceptamos. Envíe un archivo más pequeño.
error-415-title = Tipo de archivo no aceptado
error-415-text = Solo aceptamos archivos PDF, Word (.docx) y de texto sin formato.
error-422-title = Revise los datos indicados
error-422-text = No se ha podido aceptar parte de lo que ha indicado.
error-429-title = Demasiadas peticiones
error-429-text = Ha enviado demasiadas peticiones en poco tiempo. Espere un momento y vuelva a intentarlo.
error-503-title = No disponible temporalmente
error-503-text = El servicio está saturado o en mantenimiento. Vuelva a intentarlo dentro de unos minutos.
error-500-title = Algo no ha funcionado
error-500-text = Se ha producido un error inesperado por nuestra parte. Ha quedado registrado; vuelva a intentarlo más tarde.
error-other-title = Error en la petición
error-other-text = No se ha podido completar la petición.
job-closed-title = Esta oferta está cerrada
job-closed-text = Este puesto ya no admite candidaturas. Puede consultar otros puestos vacantes en la página de ofertas.
busy-title = El portal está saturado
busy-text = Hay demasiadas personas usando el portal en este momento. Vuelva a intentarlo dentro de unos segundos.
sign-in-busy-title = Demasiados inicios de sesión a la vez
sign-in-busy-text = El portal está comprobando muchas contraseñas en este momento. Vuelva a intentarlo dentro de unos segundos.
form-not-multipart = El formulario debe enviarse como multipart/form-data.
form-unreadable = No se han podido leer los datos del formulario.

# Páginas del personal (en inglés en el sitio, pero una página de error puede mostrarse en cualquier idioma).
staff-link-gone = Este enlace ya se ha utilizado o ha caducado. Pida a un administrador de RR. HH. que le envíe uno nuevo.
staff-setup-gone = Este enlace de configuración ya no funciona: ya existe una cuenta de administrador de RR. HH.
staff-export-job = Elija el puesto que desea exportar: /staff/export.csv?job=<id>.
