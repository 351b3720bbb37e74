# Panel de idiomas (/agent/interpretation): textos de la interfaz. Las frases en sí
# están en phrasebook.ftl.

panel-choose-language = Elija primero el idioma del vecino.
panel-language = Idioma del vecino
panel-find-language = Buscar un idioma (en español o en el propio idioma)
panel-search = Buscar
panel-no-language = Ningún idioma coincide.
panel-situations = Situaciones
panel-search-phrases = Buscar una frase en francés
panel-results = Resultados de la búsqueda
panel-no-phrase = Ninguna frase coincide.
panel-phrase = Frase elegida
panel-french = Francés
panel-show = Mostrar al vecino
panel-values = Completar la frase
panel-value-date = Fecha
panel-value-time = Hora
panel-value-place = Lugar
panel-value-desk = Ventanilla
panel-value-service = Servicio
panel-value-amount = Importe en euros
panel-value-amount-hint = Por ejemplo 25 o 25,50.
panel-value-motif = Documentos de un trámite
panel-value-documents = Documentos que traer
panel-value-documents-hint = Un documento por línea, en francés, o elija un trámite más arriba.
panel-value-count = Número
panel-value-days = Número de días
panel-value-gender = Concordancia de la frase (género del vecino)
panel-gender-unspecified = Sin especificar
panel-gender-female = Femenino
panel-gender-male = Masculino
panel-fill = Completar
panel-error-value = No se ha podido leer un valor: corrija el campo señalado. Mientras tanto, la frase lo deja en blanco.
panel-answers = Respuestas del vecino
panel-resident-said = El vecino ha respondido:
panel-back = Volver al panel

speech-read-aloud = Leer en voz alta
speech-voice = Voz
speech-no-voice = Este puesto no tiene voz para este idioma: en su lugar, muestre el texto al vecino.

# Nombres de los idiomas en el idioma de la interfaz (el nombre en el propio idioma
# viene del código).
language-fr = francés
language-en = inglés
language-ar = árabe
language-fa = persa
language-es = español
language-pt = portugués
language-tr = turco
language-ro = rumano
language-ru = ruso
language-uk = ucraniano
language-zh = chino

# Pantalla del vecino vinculada al panel (/interpretation).
pairing-title = Pantalla del vecino
pairing-intro = Una tableta o una segunda pantalla orientada hacia el vecino muestra las frases que usted envía y le devuelve sus respuestas. No se guarda nada de la conversación.
pairing-start = Vincular una pantalla
pairing-code = Código de vinculación:
pairing-how = En la pantalla del vecino, abra la dirección { $address } de Guichet y escriba este código.
pairing-joined = Pantalla del vecino conectada.
pairing-resident-tapped = El vecino ha tocado:
pairing-send = Enviar a la pantalla del vecino
pairing-end = Terminar la conversación
pairing-none = No hay ninguna pantalla vinculada (puede que la conversación haya terminado): vuelva a vincular una.
pairing-screen-page = Pantalla del vecino
pairing-ask-intro = Escriba el código que aparece en el panel de idiomas del asesor.
pairing-code-label = Código de vinculación (6 cifras)
pairing-open = Abrir
pairing-unknown-code = Este código no corresponde a ninguna conversación en curso. Compruébelo en el panel del asesor; cada conversación termina con la visita.
pairing-code-taken = Este código ya está abierto en otra pantalla. Pida al asesor que termine la conversación y muestre un código nuevo.
# Textos de la propia pantalla, en el idioma del vecino.
pairing-screen-title = Aquí le habla la persona que le atiende
pairing-screen-waiting = Hola. La persona que le atiende va a escribir aquí, en su idioma.
pairing-screen-answers = Toque su respuesta:
pairing-screen-sent = Enviado a la persona que le atiende:
pairing-screen-ended = La conversación ha terminado. Gracias y adiós.

# Intérpretes (/agent/interpretation/interpretes y el panel).
interpreters-title = Intérpretes
interpreters-back-to-panel = Volver al panel de idiomas
interpreters-my-languages = Sus idiomas: { $languages }.
interpreters-new-request = Nueva solicitud de intérprete de { $language }: { $place }, solicitada por { $name }.
interpreters-requests = Solicitudes de hoy
interpreters-no-request = Hoy no hay ninguna solicitud de intérprete en curso.
interpreters-my-appointments = Mis citas para interpretar
interpreters-appointments = Citas que necesitan intérprete (próximos 14 días)
interpreters-no-appointment = Ninguna cita próxima necesita intérprete.
interpreters-when = Fecha y hora
interpreters-language = Idioma
interpreters-where = Lugar y trámite
interpreters-interpreter = Intérprete
interpreters-coming = { $name } está en camino.
interpreters-waiting = A la espera de un intérprete.
interpreters-nobody-on-duty = Ahora mismo no hay ningún intérprete de este idioma de servicio.
interpreters-on-duty = De servicio: { $names }.
interpreters-asked-by = solicitado por { $name } a las { $time }
interpreters-accept = Voy para allá
interpreters-cancel = Anular la solicitud
interpreters-none = Ninguno
interpreters-assign = Asignar
interpreters-panel-title = Intérprete
interpreters-ask = Pedir un intérprete ({ $language })
interpreters-asked-at = Solicitud enviada a las { $time }: se ha avisado a los intérpretes de servicio.
interpreters-error-gone = Esta solicitud o esta cita ya no existe.
interpreters-error-not-yours = Solo un intérprete que hable este idioma puede aceptar esta solicitud.
interpreters-error-taken = Otro intérprete ya ha aceptado esta solicitud.
interpreters-error-not-allowed = Los intérpretes no se asignan citas a sí mismos: lo hace un asesor o un responsable.
interpreters-error-language = Este intérprete no habla el idioma solicitado para esta cita.
interpreters-error-busy = Este intérprete ya tiene una cita a esa hora.

# Frases del ayuntamiento (/agent/interpretation/phrases).
local-phrases-title = Frases del ayuntamiento
local-phrases-intro = Las frases que añade el ayuntamiento pasan al panel de idiomas, en su situación, en cuanto un agente que hable el idioma haya verificado su traducción.
local-phrases-none = Todavía no se ha añadido ninguna frase.
local-phrases-no-translation = Todavía no hay ninguna traducción.
local-phrases-verified-by = Verificada por { $name }
local-phrases-not-verified = Sin verificar
local-phrases-verify = Aprobar la traducción ({ $language })
local-phrases-retire = Retirar la frase
local-phrases-add = Añadir una frase
local-phrases-french = Frase en francés
local-phrases-translations = Traducciones
local-phrases-translations-hint = Deje en blanco los idiomas que nadie haya traducido todavía. Cada traducción queda «sin verificar» hasta que un agente que hable el idioma la apruebe.
local-phrases-save = Guardar la frase
local-phrases-saved = Frase guardada. Sus traducciones están pendientes de verificación.
local-phrases-verified = Traducción aprobada: ya aparece en el panel.
local-phrases-link = Frases del ayuntamiento
local-phrases-error-french = Escriba la frase en francés.
local-phrases-error-long = Una frase o una traducción es demasiado larga (300 caracteres como máximo).
local-phrases-error-situation = Elija una situación de la lista.
local-phrases-error-not-speaker = Solo un agente que hable este idioma puede aprobar su traducción.
local-phrases-error-gone = Esta traducción ya no existe.
panel-procedure-sheets = Fichas de trámites
panel-procedure-sheets-in = Fichas de trámites en { $language }
