## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Campañas de llamadas
campaigns-intro = Ir al encuentro de los vecinos: una lista de personas a las que llamar por un mismo motivo (ola de calor, inscripciones, recordatorio de un trámite). Cada asesor toma a la persona siguiente; nadie recibe dos llamadas a la vez, y cada llamada se anota como un contacto.
campaigns-back-residents = Volver a los vecinos
campaigns-back = Todas las campañas
campaigns-back-campaign = Volver a la campaña
campaigns-list = Campañas
campaigns-none = Aún no hay ninguna campaña.
campaigns-name = Título
campaigns-service = Servicio
campaigns-no-service = Todos los servicios
campaigns-created = Creada el
campaigns-progress = Avance
campaigns-left = { $left } por llamar de { $people }
campaigns-left-short = { $left ->
    [0] ya no queda nadie por llamar
    [one] queda 1 persona por llamar
   *[other] quedan { $left } personas por llamar
}
campaigns-closed = Terminada
campaigns-new = Nueva campaña
campaigns-purpose = Qué hay que decir
campaigns-purpose-hint = El asesor lo lee en cada llamada: el motivo de la llamada, qué hay que preguntar, qué números hay que dar.
campaigns-source = Personas a las que llamar
campaigns-source-list = Una lista (archivo CSV o celdas copiadas de una hoja de cálculo)
campaigns-source-filter = Los vecinos sin contacto desde hace cierto tiempo
campaigns-list-field = Lista que pegar
campaigns-list-hint = Una persona por línea: nombre, teléfono y, si lo desea, el idioma (fr, ar, en…) y una observación. Separador punto y coma, coma o tabulación; se acepta una línea de títulos. 5000 personas como máximo.
campaigns-filter-months = Sin cita ni solicitud desde hace
campaigns-months = { $months } meses
campaigns-create = Crear la campaña
campaigns-created-ok = La campaña está creada: puede empezar las llamadas.
campaigns-closed-ok = La campaña está terminada.
campaigns-closed-hint = Esta campaña está terminada: ya no se llama a nadie.
campaigns-finished = Se ha llamado a todo el mundo.
campaigns-called = La llamada está anotada.
campaigns-resume = Retomar mi llamada en curso
campaigns-nobody-left = Ya no queda nadie por llamar en esta campaña.
campaigns-next = Llamar a la persona siguiente
campaigns-people = Personas de la lista
campaigns-person = Persona
campaigns-phone = Teléfono
campaigns-status = Situación
campaigns-attempts = Llamadas
campaigns-last-call = Última llamada
campaigns-note = Nota
campaigns-close = Terminar la campaña
campaigns-close-hint = Terminar la campaña detiene las llamadas; la lista y sus resultados se pueden seguir consultando.
campaigns-call-title = Llamada
campaigns-no-call = No tiene ninguna llamada en curso en esta campaña.
campaigns-language = Idioma
campaigns-detail = Observación
campaigns-last-note = Nota de la última llamada
campaigns-attempts-before = { $count ->
    [0] primera llamada
    [one] ya se le ha llamado 1 vez
   *[other] ya se le ha llamado { $count } veces
}
campaigns-outcome = ¿Cómo ha ido la llamada?
campaigns-outcome-reached = Persona localizada
campaigns-outcome-no-answer = No contesta
campaigns-outcome-wrong-number = Número equivocado
campaigns-outcome-declined = No desea que se le llame
campaigns-save-next = Anotar y llamar a la siguiente
campaigns-save = Anotar y volver a la campaña
campaigns-status-to-call = Por llamar
campaigns-status-reached = Localizada
campaigns-status-unreachable = Ilocalizable tras 3 llamadas
campaigns-status-wrong-number = Número equivocado
campaigns-status-declined = Rechazo
campaigns-error-title = Dé un título a la campaña (120 caracteres como máximo).
campaigns-error-purpose = Escriba qué hay que decir a las personas llamadas (2000 caracteres como máximo).
campaigns-error-service = Este servicio no existe: elija uno de la lista.
campaigns-error-source = Elija de dónde vienen las personas a las que llamar: una lista o los vecinos sin contacto.
campaigns-error-empty = La lista no contiene a nadie: una persona por línea, su nombre y después su teléfono.
campaigns-error-too-many = La lista es demasiado larga: 5000 personas como máximo por campaña.
campaigns-error-lines = No se ha guardado nada: estas líneas no tienen nombre o no tienen un número de teléfono utilizable: { $lines }. Corríjalas y vuelva a pegar la lista.
campaigns-error-filter = Elija una duración de la lista.
campaigns-error-nobody = Ningún vecino coincide: nadie con teléfono ha estado sin contacto durante tanto tiempo.
campaigns-error-closed = Esta campaña está terminada: ya no se llama a nadie.
campaigns-error-busy = Muchos asesores están llamando a la vez: vuelva a intentarlo.
campaigns-error-not-yours = Esta llamada ya no es suya (ya anotada, o retomada por un compañero): llame a la persona siguiente.
campaigns-error-outcome = Indique cómo ha ido la llamada.
campaigns-error-note = La nota es demasiado larga (1000 caracteres como máximo).
