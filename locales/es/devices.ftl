# Dispositivos: puestos de trabajo, terminales de turnos y pantallas de la sala de espera; su registro.

devices-title = Puestos, terminales y pantallas
devices-intro = Solo los puestos registrados permiten al personal iniciar sesión con su código personal; solo los terminales registrados de un lugar expiden sus turnos, y solo sus pantallas registradas muestran sus llamadas.
devices-code-intro = Código de registro del nuevo dispositivo:
devices-code-help = Introdúzcalo en un plazo de 24 horas en el propio dispositivo: en la dirección /agent/poste para un puesto, en la página del terminal (/borne/…) o de la pantalla (/ecran/…) del lugar para un terminal o una pantalla. No se volverá a mostrar.
devices-name-label = Nombre del nuevo puesto
devices-name-error = Dé un nombre al puesto (100 caracteres como máximo).
devices-create = Crear el puesto
devices-table-caption = Dispositivos registrados
devices-col-name = Nombre
devices-col-kind = Tipo
devices-col-site = Lugar
devices-col-status = Estado
devices-col-last-seen = Último uso
devices-col-actions = Acciones
devices-status-pending = Pendiente de registro
devices-status-enrolled = Registrado
devices-status-revoked = Retirado
devices-revoke = Retirar { $name }

devices-new-workstation = Nuevo puesto de trabajo
devices-new-site-device = Nuevo terminal o nueva pantalla
devices-site-device-help = Un terminal de turnos expide los turnos de un lugar; una pantalla de la sala de espera muestra sus llamadas. Cada uno sirve a un solo lugar.
devices-kind-label = Tipo de dispositivo
devices-site-label = Lugar
devices-site-choose = Elegir un lugar
devices-site-device-name-label = Nombre del terminal o de la pantalla
devices-create-site-device = Crear el terminal o la pantalla
devices-kind-workstation = Puesto de trabajo
devices-kind-kiosk = Terminal de turnos
devices-kind-screen = Pantalla de la sala de espera
devices-error-name = Dé un nombre al terminal o a la pantalla (100 caracteres como máximo).
devices-error-site = Elija el lugar del terminal o de la pantalla.
devices-error-kind = Elija un terminal o una pantalla.

devices-enrol-kiosk-title = Registrar este terminal
devices-enrol-screen-title = Registrar esta pantalla
devices-enrol-intro = Este dispositivo aún no está registrado para este lugar. Introduzca el código de registro que le ha dado un administrador (página «Puestos, terminales y pantallas»). Solo sirve una vez.
devices-enrol-code-label = Código de registro
devices-enrol-submit = Registrar
devices-error-code = Este código no es válido aquí: es erróneo, ya se ha usado, ha caducado o es para otro dispositivo u otro lugar.
devices-error-not-kiosk = Los turnos del terminal solo los expide un terminal registrado de este lugar. No se ha sacado ningún turno.
devices-error-priority-from-home = La prioridad se declara en el terminal de turnos o ante un asesor, no desde casa. No se ha sacado ningún turno.
devices-priority-at-kiosk = ¿Necesita pasar con prioridad (discapacidad, embarazo, edad avanzada, niño pequeño)? Dígalo en el terminal de turnos o a un asesor al llegar.
