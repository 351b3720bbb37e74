# El índice de la administración (/agent/admin), en el orden en que un ayuntamiento se instala.
admin-index-intro = Todo lo que un ayuntamiento ajusta por sí mismo, en el orden de una primera instalación: lugares y servicios, luego personas, dispositivos, mensajes y reglas.
admin-group-town = El ayuntamiento: lugares, servicios y motivos
admin-group-people = Las personas
admin-group-devices = Los dispositivos
admin-group-messages = Los mensajes a los vecinos
admin-group-settings = Las reglas
admin-index-sites = Dirección, teléfono, horarios de apertura y cierres de cada lugar de atención.
admin-index-motifs = Duración, documentos que aportar, plazos y cita en línea de cada motivo.
admin-index-schedules = Semanas de trabajo y ausencias de los agentes, lugar por lugar.
admin-index-devices = Puestos de atención, terminales y pantallas de sala de espera, con su código de registro.
admin-index-journal = Los SMS y correos enviados a los vecinos, y los que no pudieron salir.
admin-index-queue = Prioridades de la fila y llamadas antes de «ausente», lugar por lugar.
admin-index-templates = El texto de los SMS y correos enviados a los vecinos, idioma por idioma, con vista previa.
admin-index-settings = Plazo para cambiar o anular en línea, reserva para la lista de espera y recordatorios.
