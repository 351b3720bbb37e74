# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Otra persona guardó este elemento mientras usted lo modificaba: no se ha guardado nada. Los valores mostrados son los actuales; repita su cambio si todavía es necesario.
admin-error-slug = Identificador no válido: solo letras minúsculas sin acentos, cifras y guiones (por ejemplo anexo-ayuntamiento).
admin-error-slug-taken = Este identificador ya está en uso: elija otro.
admin-error-taken = Otra persona acaba de tomar este identificador o esta letra: elija otro.
admin-error-email = Correo electrónico no válido: compruébelo (por ejemplo acogida@ayuntamiento.fr).
admin-error-site-appointments = Todavía hay citas previstas en este lugar: cámbielas o anúlelas antes de retirarlo.
admin-error-desk = Nombre de ventanilla no válido: es obligatorio y debe ser distinto de las demás ventanillas del lugar.
admin-error-service = Elija un servicio activo para un motivo activo.
admin-error-letter = Letra de los tickets no válida: una sola letra, de la A a la Z.
admin-error-letter-taken = Esta letra ya es la de otro servicio (aunque esté retirado: sus tickets todavía la llevan).
admin-error-position = Posición no válida: un número entero de 1 a 999.
admin-error-service-motifs = Este servicio todavía tiene motivos activos: retírelos o páselos a otro servicio antes de retirarlo.
admin-error-import = El archivo contiene errores: no se ha guardado nada. Corrija las líneas indicadas y vuelva a previsualizar.

town-problem-name = falta el nombre (200 caracteres como máximo)
town-problem-duration = duración: un número entero de minutos, de 5 a 480
town-problem-buffer = margen: un número entero de minutos, de 0 a 120
town-problem-min-delay = plazo mínimo: un número entero de horas, de 0 a 720
town-problem-max-delay = plazo máximo: un número entero de días, de 1 a 366
town-problem-cells = más celdas que columnas en el encabezado
town-problem-code = código no válido: letras minúsculas sin acentos, cifras y guiones
town-problem-code-twice = este código ya aparece en una línea anterior
town-problem-service = servicio desconocido: escriba su identificador o su nombre
town-problem-service-retired = este servicio está retirado
town-problem-online = «en ligne»: escriba oui o non
town-import-separator = Solo se ha leído una columna: separe las celdas con punto y coma (;), como lo hace una hoja de cálculo francesa.
town-import-column-twice = La columna «{ $column }» aparece dos veces en el encabezado.
town-import-column-unknown = Columna desconocida en el encabezado: «{ $column }».
town-import-column-missing = Falta una columna obligatoria en el encabezado: «{ $column }».
town-import-empty = Ninguna línea que importar: pegue el encabezado y al menos una línea.

town-slug = Identificador
town-slug-hint = Se usa en las direcciones y no cambia después: letras minúsculas sin acentos, cifras y guiones (por ejemplo anexo-ayuntamiento).
town-create = Crear
town-retired = retirado
town-retire = Retirar
town-reactivate = Restablecer
town-site-add = Nuevo lugar
town-site-email = Correo electrónico
town-desks = Ventanillas
town-desk-label = Nombre de la ventanilla
town-desk-rename = Cambiar nombre
town-desk-new = Nueva ventanilla
town-index-services = Los servicios del ayuntamiento, la letra de sus tickets y su orden; crear, modificar, retirar.
town-index-import = Crear o actualizar motivos desde una hoja de cálculo (CSV), con una previsualización línea por línea.
town-services-title = Servicios
town-services-intro = Cada servicio tiene su letra de ticket. Un servicio solo se retira cuando todos sus motivos están retirados; sus tickets pasados la conservan.
town-service-add = Nuevo servicio
town-service-motifs = { $count ->
    [0] ningún motivo activo
    [one] un motivo activo
   *[other] { $count } motivos activos
}
town-service-name = Nombre del servicio
town-service-letter = Letra de los tickets
town-service-letter-hint = Una letra de la A a la Z, propia de este servicio: E para E001, E002…
town-service-position = Posición en las listas
town-service-experts = Atendido por expertos
town-service-experts-hint = Las citas de este servicio van directamente al experto que las atiende.
town-motif-add = Nuevo motivo
town-motif-service = Servicio
town-import-title = Importar motivos
town-import-how = El archivo esperado
town-import-help = Guarde su hoja de cálculo en formato CSV (separador punto y coma, UTF-8), ábrala con un editor de texto y péguela abajo. Una línea cuyo código ya existe actualiza ese motivo; las demás crean un motivo.
town-import-columns = Primera línea: los nombres de las columnas.
town-import-defaults = Obligatorias: code, nom, service, durée. Sin su columna, el margen vale 0, «en ligne» oui, el plazo mínimo 2 horas y el plazo máximo 60 días. Los documentos que aportar se separan con barras verticales (|).
town-import-example = Ejemplo:
town-import-text = Contenido del archivo CSV
town-import-preview = Previsualizar
town-import-preview-title = Previsualización
town-import-ready = { $count ->
    [one] Una línea lista para guardar.
   *[other] { $count } líneas listas para guardar.
}
town-import-wrong = { $count ->
    [0] El archivo no se puede leer: no se guardará nada.
    [one] Una línea tiene errores: no se guardará nada hasta que se corrija.
   *[other] { $count } líneas tienen errores: no se guardará nada hasta que se corrijan.
}
town-import-line = Línea
town-import-what = Resultado
town-import-new = nuevo motivo
town-import-update = actualización
town-import-confirm = Guardar todos los motivos
