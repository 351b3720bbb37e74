# Fichas de trámites: las páginas de los vecinos (/demarches) y las del personal (/agent/demarches).

procedures-title = Trámites
procedures-intro = Lo que hay que saber y traer para cada trámite, en francés de lectura fácil y en su idioma.
procedures-search-label = Buscar un trámite
procedures-search = Buscar
procedures-results = { $count ->
    [0] Ninguna ficha para «{ $query }»
    [one] Una ficha para «{ $query }»
   *[other] { $count } fichas para «{ $query }»
}
procedures-no-result = Pruebe con otra palabra o pregunte en la recepción: le respondemos en su idioma.
procedures-back = Todos los trámites
procedures-back-to-sheet = Volver a la ficha
procedures-to-falc = Versión en lectura fácil
procedures-to-standard = Versión completa
procedures-print = Imprimir
procedures-print-hint = Para imprimir esta página en una hoja A4, use el comando Imprimir de su navegador (Ctrl + P).
procedures-qr = Código QR de la ficha en línea
procedures-languages = Idiomas de la ficha
procedures-variant-standard = Versión completa
procedures-variant-falc = Lectura fácil
procedures-out-of-date = La versión francesa de esta ficha ha cambiado desde esta traducción: puede que ya no sea exacta.
procedures-read-french = Leer la versión francesa
procedures-not-translated = Esta ficha aún no está traducida a su idioma: aquí la tiene en francés.
procedures-audience = ¿Para quién?
procedures-situations = Su situación
procedures-steps = Los pasos
procedures-documents = Documentos que traer
procedures-cost = ¿Cuánto cuesta?
procedures-free = Gratuito
procedures-delay = Plazo
procedures-delay-on-the-spot = En el momento
procedures-delay-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}
procedures-delay-range = De { $min } a { $max } días
procedures-where = ¿Adónde dirigirse?
procedures-appointment-required = Con cita previa.
procedures-appointment-recommended = Con o sin cita; con cita, no tiene que esperar.
procedures-appointment-none = Sin cita, en horario de atención.
procedures-book = Pedir cita
procedures-online = En línea
procedures-online-link = Hacer el trámite en línea
procedures-note-know = Para saber:
procedures-note-warning = Atención:
procedures-legal = Textos de referencia
procedures-sources = Fuentes
procedures-reviewed = Ficha comprobada el { $date }
procedures-version = versión { $version } publicada el { $date }
procedures-falc-checked = Versión en lectura fácil revisada por { $who } el { $date }

# Personal
procedures-staff-title = Fichas de trámites
procedures-staff-intro = La misma respuesta para todos: cada ficha, su versión en lectura fácil, sus traducciones y sus versiones. Los vecinos siempre leen la versión publicada.
procedures-translations-of = Traducciones pendientes en
procedures-no-language = (ningún idioma)
procedures-tasks = { $count ->
    [0] Nada que traducir
    [one] Un texto que traducir o actualizar
   *[other] { $count } textos que traducir o actualizar
}
procedures-tasks-none = Todas las fichas están traducidas y al día en este idioma.
procedures-tasks-caption = Textos que traducir o actualizar
procedures-sheet = Ficha
procedures-variant = Versión
procedures-state = Estado
procedures-actions = Acciones
procedures-translate = Traducir
procedures-sheets-count = { $count ->
    [one] Una ficha
   *[other] { $count } fichas
}
procedures-service = Servicio
procedures-reviewed-on = Comprobada el
procedures-falc = Lectura fácil
procedures-falc-ok = Revisada por una persona destinataria
procedures-falc-to-check = Pendiente de revisión
procedures-to-translate = Idiomas que traducir
procedures-draft = Borrador
procedures-published = Publicada
procedures-translation-missing = Por traducir
procedures-translation-up-to-date = Al día
procedures-translation-to-update = Por actualizar
procedures-translation-out-of-date = Caducada (se avisa a los lectores)
procedures-back-staff = Todas las fichas
procedures-public-page = Página de los vecinos
procedures-edit-standard = Modificar la versión completa
procedures-edit-falc = Modificar la versión en lectura fácil
procedures-staff-notes = Notas para el personal
procedures-owner = Ficha a cargo de { $name }
procedures-translations = Traducciones
procedures-language = Idioma
procedures-versions = Versiones
procedures-when = Fecha
procedures-author = Por
procedures-falc-check = Revisión por una persona destinataria
procedures-edit-minor = Cambio menor
procedures-edit-medium = Cambio medio
procedures-edit-major = Cambio importante

# Editor
procedures-editor-title = Modificar una ficha
procedures-editing = { $variant } (idioma: { $language })
procedures-published-ok = Publicado: los vecinos leen ahora esta versión.
procedures-draft-ok = Borrador guardado: los vecinos siguen leyendo la versión publicada.
procedures-facts-ok = Información de la ficha guardada.
procedures-checked-ok = Revisión registrada.
procedures-draft-pending = Hay un borrador pendiente de publicar: los vecinos siguen leyendo la versión publicada.
procedures-french-beside = El texto francés que traducir
procedures-advice = Consejos de legibilidad
procedures-advice-long-sentence = Frase larga: conviene dividirla
procedures-advice-rare-word = Palabra poco común: conviene sustituirla o explicarla
procedures-advice-abbreviation = Sigla: conviene escribirla completa
procedures-edit-level = Importancia del cambio
procedures-edit-level-hint = Medio: hay que actualizar las traducciones. Importante (cambia un dato: precio, plazo, documento): además se avisa a sus lectores.
procedures-part-title = Título
procedures-part-summary = En resumen
procedures-part-audience = Para quién
procedures-part-keywords = Otras palabras de búsqueda
procedures-part-situations = Situaciones
procedures-part-steps = Pasos
procedures-part-documents = Documentos que traer
procedures-part-costs = Costes
procedures-part-delay = Plazo explicado
procedures-part-online = En línea
procedures-part-notes = Recuadros
procedures-keywords-hint = Separadas por comas: siglas, palabras de uso diario.
procedures-situations-hint = Una situación por línea: la situación, después «|» y lo que cambia.
procedures-lines-hint = Un paso por línea.
procedures-documents-hint = Un documento por línea; si solo se pide en un caso, añada «|» y ese caso.
procedures-costs-hint = Un caso por línea: el importe en euros (0 si es gratuito), después «|» y el caso.
procedures-notes-hint = Un recuadro por línea, que empiece por «!» para «Para saber» o por «!!» para «Atención».
procedures-delay-min = Plazo más corto (días)
procedures-delay-max = Plazo más largo (días)
procedures-save-draft = Guardar el borrador
procedures-publish = Publicar
procedures-falc-check-hint = Una versión en lectura fácil la revisa una persona a la que va dirigida. Cada nueva versión necesita su propia revisión.
procedures-checked-by = Revisada por
procedures-checked-on = Fecha de la revisión
procedures-record-check = Registrar la revisión
procedures-facts = Información de la ficha
procedures-motif = Motivo de cita
procedures-no-motif = (sin cita)
procedures-appointment = Cita
procedures-online-url = Dirección del trámite en línea
procedures-references-hint = Una referencia por línea: su nombre, después «|» y su dirección (https://…).
procedures-owner-field = Agente a cargo de la ficha
procedures-no-owner = (nadie)
procedures-save-facts = Guardar la información

procedures-error-too-long = Un campo es demasiado largo.
procedures-error-too-many = Una lista tiene demasiadas líneas (30 como máximo).
procedures-error-situation = Cada situación necesita un «|» seguido de lo que cambia.
procedures-error-cost = Cada coste empieza por un importe en euros, seguido de «|» y del caso.
procedures-error-delay = El plazo debe ir de un número de días a un número igual o mayor.
procedures-error-missing = Una parte de la ficha está vacía: título, resumen, público, situaciones, pasos, documentos, costes, plazo y «en línea» son todos necesarios.
procedures-error-url = Una dirección debe empezar por https://.
procedures-error-language = Este idioma no está disponible.
procedures-error-version = Esta versión de la ficha no existe.
procedures-error-level = Indique si el cambio es menor, medio o importante.
procedures-error-no-french = Publique primero la versión francesa.
procedures-error-shape = La traducción debe tener las mismas partes que el francés: el mismo número de situaciones, pasos, documentos y recuadros, los mismos importes y los mismos plazos.
procedures-error-sources = Hace falta al menos un texto de referencia y una fuente con su dirección.
procedures-error-appointment = Elija si hace falta una cita.
procedures-error-date = Esta fecha no es válida (AAAA-MM-DD, no en el futuro).
procedures-error-motif = Este motivo de cita no existe.
procedures-error-owner = Este agente no existe.
procedures-error-checked-by = Indique quién ha revisado la ficha.
procedures-error-no-falc = Publique primero la versión en lectura fácil.
procedures-read-aloud = Leer en voz alta
procedures-stop-reading = Detener la lectura
procedures-no-voice = Este dispositivo no tiene voz para este idioma.
procedures-of-kind = Las fichas que responden a las solicitudes del tipo «{ $kind }».
