### Panel de idiomas: frases verificadas para la atención en el ayuntamiento (traducción al español).
### El asesor lee la frase en francés; el vecino la ve y la oye en su idioma, a pantalla completa.
### El vecino responde tocando una respuesta (mensajes answer-…).
###
### Texto de referencia: locales/fr/phrasebook.ftl; sus notas para traductores se aplican aquí.
### - Tratamiento de «usted», siempre a UNA persona.
### - Las mismas variables que en francés, ni más ni menos. $gender solo elige una variante
###   (female, male, *other) y nunca se muestra.
### - Los términos franceses que el vecino verá en un papel (livret de famille, copie intégrale,
###   pré-demande, timbre fiscal, justificatif de domicile, CCAS, récépissé…) se quedan en francés,
###   seguidos de una breve explicación entre paréntesis.
### - Plurales: one, other; cada selector tiene una variante por defecto marcada con *.

## Situaciones

phrasebook-situation-welcome = Recepción y orientación
phrasebook-situation-queue = La espera y la cola
phrasebook-situation-identity = DNI y pasaporte
phrasebook-situation-civil-status = Actas del registro civil
phrasebook-situation-school = Inscripción escolar y primera infancia
phrasebook-situation-planning = Urbanismo
phrasebook-situation-social = Ayuda social (CCAS)
phrasebook-situation-payments = Pagos y tarifas
phrasebook-situation-appointments = Citas
phrasebook-situation-documents = Documentos que hay que traer
phrasebook-situation-understanding = Comprobar la comprensión
phrasebook-situation-safety = Seguridad y emergencias
phrasebook-situation-closing = Fin de la atención

## Listas de documentos

# Separador entre dos elementos de la lista $documents: una coma seguida de un espacio.
phrasebook-list-comma = ,{" "}
# Cómo se une el último elemento a la lista. $first: los elementos anteriores; $last: el último.
phrasebook-list-and = { $first } y { $last }

## Respuestas del vecino (todas las situaciones)

answer-yes = Sí
answer-no = No
answer-dont-understand = No entiendo
answer-repeat = ¿Puede repetirlo, por favor?
answer-slower = Más despacio, por favor
answer-interpreter = Necesito un intérprete
answer-wait = Un momento, por favor
answer-write = ¿Me lo puede escribir?

## Recepción y orientación

phrase-welcome-hello = Hola, le damos la bienvenida al ayuntamiento.
phrase-welcome-how-help = ¿En qué puedo ayudarle?
phrase-welcome-which-procedure = ¿Qué trámite viene a hacer?
phrase-welcome-screen = Vamos a usar esta pantalla para entendernos.
phrase-welcome-tap-answer = Puede responder tocando una respuesta en la pantalla.
phrase-welcome-have-appointment = ¿Tiene cita?
phrase-welcome-take-ticket = Saque un número en el terminal de turnos, a la entrada.
phrase-welcome-handle-here = Puedo tramitar su solicitud aquí, en la ventanilla.
phrase-welcome-go-to-desk = Acuda a { $desk }.
phrase-welcome-service-ground-floor = El servicio de { $service } está en la planta baja.
phrase-welcome-service-first-floor = El servicio de { $service } está en la primera planta.
phrase-welcome-service-second-floor = El servicio de { $service } está en la segunda planta.
phrase-welcome-service-other-building = El servicio de { $service } está en otro edificio: { $place }.
phrase-welcome-transfer = Una persona del servicio de { $service } le va a atender.
phrase-welcome-not-here = Este trámite no se hace en el ayuntamiento.
phrase-welcome-other-office = Para este trámite, diríjase a este organismo: { $place }.
phrase-welcome-online = Este trámite también se puede hacer en línea.
phrase-welcome-france-services = France Services (oficina pública de atención) puede ayudarle con la CAF (prestaciones familiares), los impuestos o la jubilación.
phrase-welcome-toilets = Los baños están al fondo del pasillo.

answer-welcome-appointment = Tengo cita
answer-welcome-information = Vengo a pedir información
answer-welcome-toilets = ¿Dónde están los baños?

## La espera y la cola

phrase-queue-wait-room = Espere en la sala de espera, por favor.
phrase-queue-sit-down = Puede sentarse.
phrase-queue-screen = Su número aparecerá en la pantalla, con el número de la ventanilla.
phrase-queue-people-ahead = { $count ->
    [one] Hay { $count } persona delante de usted.
   *[other] Hay { $count } personas delante de usted.
    }
phrase-queue-registered = { $gender ->
    [female] Está inscrita en la cola de espera.
    [male] Está inscrito en la cola de espera.
   *[other] Ya está en la cola de espera.
    }
phrase-queue-next = { $gender ->
    [female] Usted es la siguiente.
    [male] Usted es el siguiente.
   *[other] Después le toca a usted.
    }
phrase-queue-your-turn = Le toca a usted: acuda a { $desk }.
phrase-queue-wait-short = La espera es de unos minutos.
phrase-queue-wait-long = Hoy la espera es larga.
phrase-queue-sorry = Disculpe la espera.
phrase-queue-priority-question = { $gender ->
    [female] ¿Necesita ser atendida con prioridad?
    [male] ¿Necesita ser atendido con prioridad?
   *[other] ¿Necesita que le atiendan con prioridad?
    }
phrase-queue-priority-rule = Las personas con discapacidad, las mujeres embarazadas y las personas mayores tienen prioridad.
phrase-queue-sms = Puede esperar fuera: recibirá un SMS cuando se acerque su turno.
phrase-queue-follow-phone = Puede seguir su turno en el teléfono con el código QR impreso en su papel de turno.
phrase-queue-missed = Su número ya ha sido llamado. Saque otro número en el terminal de turnos.
phrase-queue-closing-soon = La atención al público cierra pronto. Hoy ya no podemos atender a más personas.
phrase-queue-come-back = Vuelva el { $date }, a partir de las { $time }.
phrase-queue-appointment-faster = Con cita, esperará menos.

answer-queue-how-long = ¿Cuánto tiempo tengo que esperar?
answer-queue-priority = Necesito que me atiendan con prioridad
answer-queue-come-back = Volveré más tarde

## DNI y pasaporte

phrase-identity-appointment-only = El DNI y el pasaporte solo se solicitan con cita previa.
phrase-identity-pre-application = Primero haga una pré-demande (solicitud previa en línea) en el sitio web de la ANTS (la web oficial de los documentos de identidad).
phrase-identity-pre-application-number = Traiga el número de la pré-demande (solicitud previa) o el resumen con el código QR.
phrase-identity-bring = Para su DNI o su pasaporte, traiga: { $documents }.
phrase-identity-photo-rules = La foto de identidad debe tener menos de 6 meses, con la cabeza descubierta, la expresión neutra y la boca cerrada.
phrase-identity-photo-booth = Si se hace las fotos en una cabina homologada, guarde el código e-photo.
phrase-identity-photo-count = { $count ->
    [one] Traiga { $count } foto de identidad.
   *[other] Traiga { $count } fotos de identidad.
    }
phrase-identity-old-document = Traiga su DNI antiguo o su pasaporte antiguo.
phrase-identity-fingerprints = Vamos a tomarle las huellas dactilares.
phrase-identity-signature = Firme dentro del recuadro, sin tocar los bordes.
phrase-identity-child-present = El niño o la niña debe estar presente el día de la solicitud.
phrase-identity-parent-present = Para un menor de edad, uno de los padres debe venir con su propio documento de identidad.
phrase-identity-passport-fee = Para un pasaporte, debe pagar { $amount } con un timbre fiscal (impuesto que se compra en línea o en un estanco).
phrase-identity-loss-fee = Si ha perdido su DNI o se lo han robado, debe pagar { $amount } con un timbre fiscal (impuesto que se compra en línea o en un estanco).
phrase-identity-renewal-free = La renovación del DNI es gratuita si devuelve el DNI antiguo.
phrase-identity-loss-declaration = Si ha perdido su DNI o su pasaporte, hacemos aquí la declaración de pérdida, junto con la nueva solicitud.
phrase-identity-theft-police = En caso de robo, primero vaya a denunciarlo a la comisaría o a la gendarmería.
phrase-identity-delay = { $days ->
    [one] En este momento, fabricar el documento tarda aproximadamente { $days } día.
   *[other] En este momento, fabricar el documento tarda aproximadamente { $days } días.
    }
phrase-identity-sms-ready = Recibirá un SMS cuando su documento esté listo.
phrase-identity-collect-in-person = Tiene que venir usted en persona a recoger su documento.
phrase-identity-collect-3-months = Recoja su documento en un plazo de 3 meses. Después de 3 meses, se destruye.
phrase-identity-collect-appointment = Venga a recoger su documento el { $date } a las { $time }. Lugar: { $place }.
phrase-identity-french-only = El DNI y el pasaporte franceses son solo para las personas de nacionalidad francesa.
phrase-identity-residence-permit = Para un titre de séjour (permiso de residencia para extranjeros), diríjase a la préfecture (oficina del Estado).

answer-identity-lost = He perdido mis documentos
answer-identity-stolen = Me han robado los documentos
answer-identity-no-pre-application = No he hecho la pré-demande

## Actas del registro civil

phrase-civil-status-which-certificate = ¿Qué acta necesita: de nacimiento, de matrimonio o de defunción?
phrase-civil-status-full-copy = La copie intégrale (copia íntegra) contiene toda la información del acta.
phrase-civil-status-extract = El extrait (extracto) contiene solo una parte de la información del acta.
phrase-civil-status-extract-parents = El extrait avec filiation (extracto con filiación) indica también el nombre de los padres.
phrase-civil-status-who-can = La copie intégrale (copia íntegra) solo se entrega a la persona interesada, a sus padres, a sus hijos o a su cónyuge.
phrase-civil-status-where = El acta se pide en el ayuntamiento de la ciudad donde tuvo lugar el nacimiento, el matrimonio o la defunción.
phrase-civil-status-born-abroad = { $gender ->
   *[other] ¿Nació usted en el extranjero?
    }
phrase-civil-status-nantes = Para un nacimiento en el extranjero, los ciudadanos franceses piden el acta al Service central d'état civil (registro civil central), en Nantes.
phrase-civil-status-refugee = Para las personas refugiadas, es la OFPRA (oficina francesa de protección de refugiados) la que expide las actas del registro civil.
phrase-civil-status-online = Puede pedir el acta en línea, en service-public.fr.
phrase-civil-status-post = También puede pedir el acta por correo, con un sobre con sello y con su dirección.
phrase-civil-status-free = Las actas del registro civil son gratuitas.
phrase-civil-status-delay = { $days ->
    [one] Recibirá el acta por correo en aproximadamente { $days } día.
   *[other] Recibirá el acta por correo en aproximadamente { $days } días.
    }
phrase-civil-status-family-book = Traiga su livret de famille (libro de familia oficial).
phrase-civil-status-family-book-update = Tenemos que actualizar su livret de famille (libro de familia oficial).
phrase-civil-status-bring = Para esta acta, traiga: { $documents }.
phrase-civil-status-birth-declaration = El nacimiento se debe declarar en el ayuntamiento en un plazo de 5 días.
phrase-civil-status-condolences = Le doy mi más sentido pésame.
phrase-civil-status-death-declaration = La funeraria puede hacer la declaración de defunción en su lugar.
phrase-civil-status-marriage-file = Para casarse, primero entregue un dossier de mariage (expediente de matrimonio) en el ayuntamiento.

answer-civil-status-birth = Quisiera un acta de nacimiento
answer-civil-status-marriage = Quisiera casarme
answer-civil-status-death = Ha fallecido una persona de mi familia

## Inscripción escolar y primera infancia

phrase-school-town-hall-first = La inscripción escolar se hace primero en el ayuntamiento y después en la escuela.
phrase-school-compulsory = La escuela es obligatoria a partir de los 3 años.
phrase-school-bring = Para la inscripción escolar, traiga: { $documents }.
phrase-school-children-count = { $count ->
    [one] Va a inscribir a { $count } niño.
   *[other] Va a inscribir a { $count } niños.
    }
phrase-school-proof-address = Traiga un justificatif de domicile (documento que prueba su dirección) de menos de 3 meses.
phrase-school-vaccinations = Traiga el carnet de santé (cartilla de salud del niño), con las vacunas al día.
phrase-school-birth-proof = Traiga el livret de famille (libro de familia oficial) o el acta de nacimiento del niño.
phrase-school-sector = Su hijo o hija irá a la escuela de su barrio.
phrase-school-certificate = Aquí tiene el certificat d'inscription (certificado de inscripción). Entrégueselo al director o a la directora de la escuela.
phrase-school-canteen = Su hijo o hija puede comer en el comedor escolar al mediodía.
phrase-school-quotient = El precio del comedor depende de su quotient familial (cálculo según los ingresos y el tamaño de la familia).
phrase-school-caf-number = Denos su número de beneficiario de la CAF (caja de prestaciones familiares) para calcular el quotient familial.
phrase-school-meal-price = La comida en el comedor cuesta { $amount }.
phrase-school-periscolaire = El accueil périscolaire (cuidado fuera del horario escolar) atiende a los niños antes y después de las clases.
phrase-school-leisure-centre = El centre de loisirs (centro de actividades de ocio) recibe a los niños los miércoles y durante las vacaciones.
phrase-school-creche-waiting-list = Le inscribo en la lista de espera de la crèche (guardería para menores de 3 años).
phrase-school-creche-commission = Las plazas de la crèche (guardería) las asigna una comisión.
phrase-school-childminder = El Relais Petite Enfance (servicio de información sobre el cuidado de los niños pequeños) puede ayudarle a encontrar una assistante maternelle (cuidadora autorizada que cuida niños en su casa).
phrase-school-family-portal = Puede hacer las inscripciones en el portail famille (web del ayuntamiento para las familias).

answer-school-register = Quiero inscribir a mi hijo en la escuela
answer-school-creche = Busco una plaza en una guardería
answer-school-canteen = Quiero inscribir a mi hijo en el comedor

## Urbanismo

phrase-planning-what-works = ¿Qué obras quiere hacer?
phrase-planning-owner-question = ¿La vivienda es suya o vive de alquiler?
phrase-planning-tenant-agreement = Si vive de alquiler, necesita la autorización por escrito del propietario.
phrase-planning-prior-declaration = Para obras pequeñas, necesita una déclaration préalable (declaración previa de obras).
phrase-planning-building-permit = Para construir una casa o hacer una ampliación grande, necesita un permis de construire (licencia de obras).
phrase-planning-wait-authorisation = No empiece las obras antes de tener la autorización.
phrase-planning-plu = El plan local de urbanismo, el PLU, indica lo que se puede construir en su terreno.
phrase-planning-cadastre = El plan cadastral (plano catastral) muestra los límites de su terreno.
phrase-planning-cadastre-online = Puede ver el plan cadastral (plano catastral) en cadastre.gouv.fr.
phrase-planning-consult-plans = Puede consultar los planos en el servicio de urbanismo, con cita previa.
phrase-planning-online = Puede presentar su expediente en línea.
phrase-planning-copies = { $count ->
    [one] Presente su expediente en { $count } ejemplar.
   *[other] Presente su expediente en { $count } ejemplares.
    }
phrase-planning-bring = Para su expediente, traiga: { $documents }.
phrase-planning-receipt = Aquí tiene el récépissé (comprobante de que ha entregado el expediente). Guárdelo.
phrase-planning-prior-declaration-delay = Para una déclaration préalable (declaración previa de obras), la respuesta suele llegar en un mes.
phrase-planning-permit-delay = Para el permis de construire (licencia de obras) de una casa, la respuesta suele llegar en dos meses.
phrase-planning-answer-in-days = { $days ->
    [one] Estamos estudiando su expediente. La respuesta llegará en aproximadamente { $days } día.
   *[other] Estamos estudiando su expediente. La respuesta llegará en aproximadamente { $days } días.
    }
phrase-planning-incomplete = Su expediente está incompleto. Recibirá una carta con la lista de los documentos que faltan.
phrase-planning-architect = Por encima de 150 metros cuadrados, es obligatorio contar con un arquitecto.
phrase-planning-display = Ponga la autorización en un cartel, en el terreno, durante todo el tiempo que duren las obras.
phrase-planning-completion = Al terminar las obras, envíe la déclaration d'achèvement des travaux (declaración de fin de obras).
phrase-planning-appointment = Una persona del servicio de urbanismo le atenderá el { $date } a las { $time }. Lugar: { $place }.

answer-planning-works = Quiero hacer obras
answer-planning-owner = La vivienda es mía
answer-planning-tenant = Vivo de alquiler

## Ayuda social (CCAS)

phrase-social-ccas = El CCAS (centro municipal de acción social) es el servicio de ayuda social del ayuntamiento.
phrase-social-confidential = Todo lo que diga aquí es confidencial.
phrase-social-appointment-needed = Para pedir una ayuda, necesita una cita con un trabajador social.
phrase-social-appointment = Su cita en el CCAS es el { $date } a las { $time }. Lugar: { $place }.
phrase-social-worker-will-call = Un trabajador social le va a llamar.
phrase-social-worker-call-days = { $days ->
    [one] Un trabajador social le llamará en un plazo máximo de { $days } día.
   *[other] Un trabajador social le llamará en un plazo máximo de { $days } días.
    }
phrase-social-phone = ¿Cuál es su número de teléfono?
phrase-social-bring = Para su solicitud de ayuda, traiga: { $documents }.
phrase-social-hosted = { $gender ->
    [female] ¿Está alojada en casa de alguien?
    [male] ¿Está alojado en casa de alguien?
   *[other] ¿Vive en casa de otra persona?
    }
phrase-social-domiciliation = Si no tiene una dirección estable, el CCAS puede darle una domiciliation (dirección para recibir el correo).
phrase-social-domiciliation-mail = Con la domiciliation (dirección para el correo), recibe sus cartas en el CCAS.
phrase-social-food-aid = El CCAS puede orientarle hacia una ayuda alimentaria.
phrase-social-food-place = Para la ayuda alimentaria, vaya a este lugar: { $place }.
phrase-social-energy = Si no puede pagar la electricidad o el gas, es posible recibir una ayuda.
phrase-social-energy-cheque = Quizás tenga derecho al chèque énergie (ayuda para pagar la energía).
phrase-social-housing = Para una vivienda social, hay que rellenar una demande de logement social (solicitud de vivienda social).
phrase-social-emergency-shelter = Si esta noche no tiene dónde dormir, llame al 115. La llamada es gratuita.
phrase-social-caf = Para el RSA (ingreso mínimo) y las prestaciones, diríjase también a la CAF (caja de prestaciones familiares).

answer-social-no-home = No tengo vivienda
answer-social-no-food = No tengo dinero para comer
answer-social-bills = No puedo pagar mis facturas

## Pagos y tarifas

phrase-payments-amount = El importe que hay que pagar es { $amount }.
phrase-payments-how = ¿Cómo quiere pagar?
phrase-payments-methods = Puede pagar con tarjeta bancaria, con cheque o en efectivo.
phrase-payments-no-cash = No aceptamos pagos en efectivo.
phrase-payments-cheque-order = El cheque debe ir a nombre de «Trésor public» (Tesoro Público francés).
phrase-payments-card-code = Introduzca su tarjeta y marque su código PIN.
phrase-payments-contactless = Puede pagar sin contacto.
phrase-payments-card-refused = El pago ha sido rechazado. ¿Tiene otra forma de pago?
phrase-payments-tax-stamp = El timbre fiscal (sello fiscal) se compra en línea, en timbres.impots.gouv.fr, o en un estanco.
phrase-payments-free = Este trámite es gratuito.
phrase-payments-paid = Ha pagado { $amount }. Gracias.
phrase-payments-remaining = Todavía falta pagar { $amount }.
phrase-payments-instalments = { $count ->
    [one] Puede pagar en { $count } plazo.
   *[other] Puede pagar en { $count } plazos.
    }
phrase-payments-invoice = Recibirá una factura por correo.
phrase-payments-online = También puede pagar en línea, en el portail famille (web del ayuntamiento para las familias).
phrase-payments-receipt-question = ¿Quiere un recibo?
phrase-payments-difficulty = Si tiene dificultades para pagar, el CCAS (servicio de ayuda social) puede ayudarle.

answer-payments-card = Quiero pagar con tarjeta
answer-payments-cash = Quiero pagar en efectivo
answer-payments-cannot-pay = Ahora no puedo pagar

## Citas

phrase-appointments-date-time-place = Su cita es el { $date } a las { $time }. Lugar: { $place }.
phrase-appointments-only = Este trámite se hace solo con cita previa.
phrase-appointments-book-online = Puede pedir cita en línea o por teléfono.
phrase-appointments-book-now = Le doy una cita ahora mismo.
phrase-appointments-first-free = La primera cita libre es el { $date } a las { $time }.
phrase-appointments-suits = ¿Le viene bien esta fecha?
phrase-appointments-in-days = { $days ->
    [one] Su cita es dentro de { $days } día.
   *[other] Su cita es dentro de { $days } días.
    }
phrase-appointments-moved = Su cita se ha cambiado al { $date } a las { $time }.
phrase-appointments-early = Venga 10 minutos antes.
phrase-appointments-cancel = Si no puede venir, anule su cita.
phrase-appointments-phone = ¿Cuál es su número de teléfono móvil?
phrase-appointments-sms = Recibirá un SMS de confirmación y después un recordatorio el día anterior.
phrase-appointments-link = Con el enlace del SMS, puede cambiar o anular su cita.
phrase-appointments-bring = Para su cita, traiga: { $documents }.
phrase-appointments-bring-on-date = Para su cita del { $date }, traiga: { $documents }.
phrase-appointments-interpreter = Habrá un intérprete en su cita.
phrase-appointments-no-slot = Por ahora no hay ninguna cita libre.
phrase-appointments-waitlist = { $gender ->
    [female] Está inscrita en la lista de espera. Le avisaremos por SMS si queda libre una hora.
    [male] Está inscrito en la lista de espera. Le avisaremos por SMS si queda libre una hora.
   *[other] Ya está en la lista de espera. Le avisaremos por SMS si queda libre una hora.
    }
phrase-appointments-expected = { $gender ->
    [female] La esperan en { $desk }.
    [male] Lo esperan en { $desk }.
   *[other] Le atenderán en { $desk }.
    }
phrase-appointments-missed = La hora de su cita ya ha pasado. Tiene que pedir una nueva cita.

answer-appointments-ok = Esta fecha me viene bien
answer-appointments-other-time = Quisiera otra hora
answer-appointments-cancel = Quiero anular mi cita

## Documentos que hay que traer

phrase-documents-bring = Para este trámite, traiga: { $documents }.
phrase-documents-originals-copies = Traiga los originales y una fotocopia de cada documento.
phrase-documents-originals = Necesitamos los documentos originales.
phrase-documents-proof-address = El justificatif de domicile (documento que prueba su dirección) debe tener menos de 3 meses.
phrase-documents-proof-address-examples = Como justificatif de domicile (prueba de su dirección) sirve: una factura de electricidad, gas, agua o teléfono, o una quittance de loyer (recibo del alquiler).
phrase-documents-hosted = { $gender ->
    [female] Si está alojada en casa de otra persona, traiga una attestation d'hébergement (carta de esa persona que confirma que usted vive con ella), además del documento de identidad y un justificatif de domicile (comprobante de domicilio) de esa persona.
    [male] Si está alojado en casa de otra persona, traiga una attestation d'hébergement (carta de esa persona que confirma que usted vive con ella), además del documento de identidad y un justificatif de domicile (comprobante de domicilio) de esa persona.
   *[other] Si vive en casa de otra persona, traiga una attestation d'hébergement (carta de esa persona que confirma que usted vive con ella), además del documento de identidad y un justificatif de domicile (comprobante de domicilio) de esa persona.
    }
phrase-documents-name = El justificante debe estar a su nombre.
phrase-documents-missing = Falta lo siguiente: { $documents }.
phrase-documents-missing-count = { $count ->
    [one] Falta { $count } documento.
   *[other] Faltan { $count } documentos.
    }
phrase-documents-received-count = { $count ->
    [one] He recibido { $count } documento.
   *[other] He recibido { $count } documentos.
    }
phrase-documents-come-back = Vuelva con los documentos que faltan.
phrase-documents-expired = Este documento ya no es válido.
phrase-documents-too-old = Este documento tiene más de 3 meses. Necesitamos un documento más reciente.
phrase-documents-keep-copy = Nos quedamos con una copia. Le devolvemos el original.
phrase-documents-scan = Voy a hacer una copia de su documento.
phrase-documents-translation = Un documento en un idioma extranjero debe traducirlo al francés un traductor jurado (traductor oficial reconocido por un tribunal).
phrase-documents-email = Puede enviar los documentos por correo electrónico.

answer-documents-not-have = No tengo este documento
answer-documents-at-home = El documento está en mi casa
answer-documents-on-phone = Tengo el documento en el teléfono

## Comprobar la comprensión

phrase-understanding-do-you-understand = ¿Me entiende?
phrase-understanding-repeat-back = ¿Puede repetir lo que ha entendido?
phrase-understanding-show-document = Muéstreme el documento, por favor.
phrase-understanding-tap = Toque su respuesta en la pantalla.
phrase-understanding-point = Puede señalar con el dedo.
phrase-understanding-nod = Puede responder con la cabeza: sí o no.
phrase-understanding-ready = { $gender ->
    [female] ¿Está lista?
    [male] ¿Está listo?
   *[other] ¿Podemos empezar?
    }
phrase-understanding-sure = { $gender ->
    [female] ¿Está segura?
    [male] ¿Está seguro?
   *[other] ¿Es correcto?
    }
phrase-understanding-question = ¿Tiene alguna pregunta?
phrase-understanding-slower = Voy a hablar más despacio.
phrase-understanding-write = Se lo escribo en un papel.
phrase-understanding-read-aloud = ¿Quiere que le lea el documento en voz alta?
phrase-understanding-language = ¿Qué idioma habla?
phrase-understanding-someone-translate = ¿Hay alguien que pueda traducirle?
phrase-understanding-phone-interpreter = Voy a llamar a un intérprete por teléfono.
phrase-understanding-take-time = Tómese su tiempo.

answer-understanding-understood = Lo he entendido
answer-understanding-partly = Entiendo un poco
answer-understanding-question = Tengo una pregunta

## Seguridad y emergencias

phrase-safety-calm = Mantenga la calma, por favor.
phrase-safety-doctor = ¿Necesita un médico?
phrase-safety-hurt = { $gender ->
    [female] ¿Está herida?
    [male] ¿Está herido?
   *[other] ¿Tiene alguna herida?
    }
phrase-safety-pain = ¿Dónde le duele?
phrase-safety-alone = { $gender ->
    [female] ¿Está sola?
    [male] ¿Está solo?
   *[other] ¿Hay alguien con usted?
    }
phrase-safety-sit = Siéntese aquí.
phrase-safety-water = ¿Quiere un vaso de agua?
phrase-safety-calling-help = Estamos llamando a los servicios de emergencia.
phrase-safety-help-coming = Los servicios de emergencia están en camino.
phrase-safety-evacuate = Tenemos que salir del edificio ahora mismo.
phrase-safety-follow-me = Sígame.
phrase-safety-exit = Salga por esta puerta.
phrase-safety-no-lift = No utilice el ascensor.
phrase-safety-assembly-point = Espere fuera, en el punto de encuentro.
phrase-safety-lift = Hay un ascensor para subir a las otras plantas.
phrase-safety-lower-voice = Hable más bajo, por favor.
phrase-safety-emergency-number = En caso de emergencia, llame al 112. La llamada es gratuita.
phrase-safety-violence = Si sufre violencia, llame al 3919. La llamada es gratuita y anónima.

answer-safety-doctor = Necesito un médico
answer-safety-unwell = No me encuentro bien
answer-safety-danger = Estoy en peligro

## Fin de la atención

phrase-closing-anything-else = ¿Puedo ayudarle en algo más?
phrase-closing-other-question = ¿Tiene alguna otra pregunta?
phrase-closing-receipt = Aquí tiene su recibo.
phrase-closing-acknowledgement = Aquí tiene el récépissé (comprobante de su solicitud). Guárdelo.
phrase-closing-reference = Guarde su número de solicitud: sirve para seguir su expediente.
phrase-closing-follow-online = Puede seguir su solicitud en línea, en la web del ayuntamiento.
phrase-closing-letter = Recibirá una respuesta por correo.
phrase-closing-next-time-bring = La próxima vez, traiga: { $documents }.
phrase-closing-see-you = Nos vemos de nuevo el { $date } a las { $time }.
phrase-closing-well-received = { $gender ->
    [female] ¿La hemos atendido bien?
    [male] ¿Lo hemos atendido bien?
   *[other] ¿Le hemos atendido bien?
    }
phrase-closing-survey = ¿Puede responder a una breve encuesta de satisfacción?
phrase-closing-survey-sms = Va a recibir un SMS para dar su opinión.
phrase-closing-come-back = Vuelva a vernos si lo necesita.
phrase-closing-contact = También puede llamarnos o escribirnos.
phrase-closing-thanks = Gracias por su visita.
phrase-closing-goodbye = Adiós, que tenga un buen día.

answer-closing-thanks = Muchas gracias
answer-closing-other-question = Tengo otra pregunta
answer-closing-goodbye = Adiós
