# Administración de los agentes: lista, ficha, código personal, importación desde una hoja de cálculo.

agents-title = Agentes
agents-edit-title = Ficha de un agente
agents-intro = Los agentes inician sesión en los puestos registrados con su nombre y su código personal. Un agente desactivado desaparece de la pantalla de inicio de sesión; su historial se conserva.
agents-import-link = Importar agentes desde una hoja de cálculo
agents-new = Añadir un agente
agents-new-pin = Código personal (opcional)
agents-new-pin-hint = Sin código, el agente no puede iniciar sesión: podrá definirlo más tarde en su ficha.
agents-create = Crear el agente
agents-imported = { $count ->
    [one] Un agente importado. Defina su código personal en su ficha para que pueda iniciar sesión.
   *[other] { $count } agentes importados. Defina sus códigos personales en sus fichas para que puedan iniciar sesión.
}
agents-table-caption = Todos los agentes, activos y desactivados
agents-col-name = Nombre
agents-col-role = Función
agents-col-state = Estado
agents-col-services = Competencias (servicios)
agents-col-languages = Idiomas hablados
agents-state-active = Activo
agents-state-inactive = Desactivado
agents-state-locked = Bloqueado hasta las { $until }
agents-state-no-pin = Sin código personal
agents-no-service = Todavía no existe ningún servicio.
agents-field-name = Nombre visible
agents-field-name-hint = Tal como aparece en la pantalla de inicio de sesión, por ejemplo «Camille Martin».
agents-field-role = Función
agents-field-services = Competencias
agents-field-services-hint = Marcar un servicio da al agente todos los motivos de ese servicio.
agents-field-languages = Idiomas hablados
agents-field-pin = Código personal
agents-field-pin-hint = De 4 a 8 cifras.
agents-field-pin-again = Código personal, otra vez
agents-back = Volver a la lista de agentes
agents-details = Nombre, función, competencias e idiomas
agents-pin = Código personal
agents-pin-is-set = Este agente tiene un código personal. Definir uno nuevo sustituye al anterior y levanta un posible bloqueo.
agents-pin-none = Este agente todavía no tiene código personal: no puede iniciar sesión.
agents-pin-save = Guardar el código
agents-access = Acceso
agents-failed-attempts = { $count ->
    [one] Un código erróneo desde el último inicio de sesión.
   *[other] { $count } códigos erróneos desde el último inicio de sesión.
}
agents-unlock = Desbloquear
agents-deactivate-hint = Un agente desactivado desaparece de la pantalla de inicio de sesión y sus sesiones abiertas terminan. Su historial se conserva y podrá reactivarlo.
agents-deactivate = Desactivar el agente
agents-reactivate-hint = Este agente está desactivado: no aparece en la pantalla de inicio de sesión.
agents-reactivate = Reactivar el agente

agents-import-title = Importar agentes
agents-import-intro = Pegue el contenido de un archivo CSV guardado desde su hoja de cálculo. La vista previa muestra cada fila y sus problemas; no se guarda nada antes de su confirmación, y solo si todas las filas son correctas.
agents-import-format = Formato del archivo
agents-import-format-intro = Una primera fila de encabezados y después un agente por fila, con las columnas separadas por punto y coma (formato «CSV» de la hoja de cálculo, en UTF-8). También sirven celdas copiadas directamente de la hoja de cálculo.
agents-import-column-name = Obligatorio: el nombre visible, distinto del de los demás agentes.
agents-import-column-role = Obligatorio: una de las funciones siguientes, escrita como en pantalla o con su nombre técnico.
agents-import-column-services = Opcional: los servicios cuyos motivos atiende el agente, por su identificador o su nombre, separados por comas.
agents-import-column-languages = Opcional: los idiomas hablados, por su código, separados por comas.
agents-import-language-codes = Códigos de idioma
agents-import-example = Ejemplo:
agents-import-no-pin = Los agentes importados no tienen código personal: no pueden iniciar sesión hasta que un administrador lo defina en su ficha.
agents-import-field = Contenido del archivo CSV
agents-import-field-hint = Como máximo { $max } agentes a la vez.
agents-import-preview = Ver la vista previa
agents-import-preview-title = Vista previa
agents-import-ready = { $count ->
    [one] La fila es correcta.
   *[other] Las { $count } filas son correctas.
}
agents-import-confirm = { $count ->
    [one] Importar este agente
   *[other] Importar estos { $count } agentes
}
agents-import-rows-with-problems = { $count ->
    [one] Una fila de { $total } tiene un problema.
   *[other] { $count } filas de { $total } tienen un problema.
}
agents-import-file-problems = No se puede leer el archivo:
agents-import-nothing-saved = No se ha guardado nada. Corrija el archivo, péguelo de nuevo y revise la vista previa.
agents-import-table-caption = Las filas del archivo
agents-import-col-line = Línea
agents-import-col-problems = Problemas
agents-import-row-ok = Correcta
agents-import-empty = El archivo está vacío.
agents-import-missing-column = Falta la columna «{ $value }» en la primera fila.
agents-import-unknown-column = Columna desconocida: «{ $value }».
agents-import-duplicate-column = La columna «{ $value }» aparece dos veces.
agents-import-no-rows = El archivo solo tiene la fila de encabezados: ningún agente.
agents-import-too-many-rows = Más de { $max } agentes: importe el archivo en varias veces.
agents-import-unclosed-quote = Unas comillas abiertas en la línea { $line } no se cierran nunca.
agents-import-columns = { $found ->
    [one] Una columna en lugar de { $expected }.
   *[other] { $found } columnas en lugar de { $expected }.
}
agents-import-empty-name = El nombre está vacío.
agents-import-name-too-long = El nombre supera los { $max } caracteres.
agents-import-duplicate-name = El mismo nombre que en la línea { $line }.
agents-import-name-exists = Ya existe un agente con este nombre.
agents-import-empty-role = La función está vacía.
agents-import-unknown-role = Función desconocida: «{ $value }».
agents-import-unknown-service = Servicio desconocido: «{ $value }».
agents-import-unknown-language = Código de idioma desconocido: «{ $value }».

admin-error-agent-name = El nombre es obligatorio y no debe superar los 100 caracteres.
admin-error-agent-name-taken = Otro agente ya tiene este nombre: añada, por ejemplo, una inicial.
admin-error-agent-role = Elija una función de la lista.
admin-error-agent-service = Uno de los servicios marcados ya no existe: vuelva a cargar la página.
admin-error-agent-language = Uno de los idiomas marcados no es conocido.
admin-error-agent-pin-format = El código personal debe tener de 4 a 8 cifras.
admin-error-agent-pin-mismatch = Los dos códigos introducidos son distintos.
admin-error-agent-last-admin = No es posible: este agente es el último administrador activo. Nombre primero a otro administrador.
admin-error-agent-import = No se ha importado nada: al menos una fila tiene un problema (vea la vista previa).
