# Guichet — textos da interface em português.

## Comum

app-name = Guichet — Câmara municipal
skip-to-content = Ir para o conteúdo
footer-text = Câmara municipal: um só atendimento para todos os serviços, na sua língua.
footer-staff-link = Área dos funcionários
footer-results-link = Os nossos resultados de qualidade do serviço
language-picker-label = Língua
back-home = Voltar ao início
back-to-login = Ir para a entrada

## Páginas de erro

not-found-title = Página não encontrada
not-found-body = O endereço pedido não existe ou já não existe. Verifique a ligação ou recomece a partir do início.
error-not-signed-in = Inicie sessão para abrir esta página.
error-forbidden = A sua função não permite abrir esta página.
error-device-not-enrolled = Este posto não está registado.
error-not-found = Este elemento não existe ou já não existe.
error-internal = Ocorreu um problema do nosso lado. Tente novamente dentro de momentos.
error-bad-request = Este pedido contém caracteres que não podem ser lidos. Volte atrás e verifique o que escreveu.
error-too-many-title = Demasiados pedidos
error-too-many = Para proteger o serviço, chegaram demasiados pedidos da sua ligação em pouco tempo. Tente novamente dentro de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }.
error-too-many-back = Voltar ao formulário
error-too-many-codes = Demasiados códigos errados a partir da sua ligação. Aguarde alguns minutos antes de tentar novamente.

## Início para os munícipes

home-description = Marcar atendimento, tirar uma senha, acompanhar um pedido e conhecer o horário da câmara municipal.
home-title = Bem-vindo à câmara municipal
home-lead = Um só atendimento para todos os serviços. O que pretende fazer?
home-actions-label = Ações principais
home-action-appointment = Marcar atendimento
home-action-appointment-hint = Escolha um motivo, um local e uma hora
home-action-ticket = Tirar uma senha
home-action-ticket-hint = Entre na fila a partir de casa
home-action-follow = Acompanhar um pedido
home-action-follow-hint = Com o seu número de referência
home-action-procedures = Procedimentos
home-action-procedures-hint = Os documentos necessários, explicados de forma simples
home-action-hours = Horários e moradas
home-action-hours-hint = Os nossos locais de atendimento hoje
home-sites-title = Os nossos locais de atendimento
home-week-hours = Horário da semana

hours-open-today = Aberto hoje: { $hours }
hours-closed-today = Fechado hoje
hours-holiday-today = Fechado hoje: { $holiday }
hours-closure-today = Encerramento excecional hoje: { $reason }
hours-closed = Fechado

weekday-monday = Segunda-feira
weekday-tuesday = Terça-feira
weekday-wednesday = Quarta-feira
weekday-thursday = Quinta-feira
weekday-friday = Sexta-feira
weekday-saturday = Sábado
weekday-sunday = Domingo

holiday-new-year = Dia de Ano Novo
holiday-easter-monday = Segunda-feira de Páscoa
holiday-labour-day = Dia do Trabalhador
holiday-victory-in-europe = Dia da Vitória de 1945
holiday-ascension = Dia da Ascensão
holiday-whit-monday = Segunda-feira de Pentecostes
holiday-bastille-day = Festa nacional francesa
holiday-assumption = Assunção
holiday-all-saints = Dia de Todos os Santos
holiday-armistice = Armistício de 1918
holiday-christmas = Natal
holiday-good-friday = Sexta-feira Santa
holiday-st-stephen = Dia de Santo Estêvão


## Área dos funcionários: posto partilhado

login-title = Entrada dos funcionários
login-continue = Continuar para a minha área
login-not-enrolled-title = Posto não registado
login-not-enrolled-body = Os funcionários só entram a partir de um posto registado por um administrador. Se recebeu um código de registo, introduza-o.
enrol-link = Registar este posto
login-choose-title = Quem é?
login-workstation = Posto: { $name }
login-locked-notice = O posto foi bloqueado após um período de inatividade. Escolha o seu nome para continuar.
login-hello = Olá, { $name }
login-pin-label = O seu código pessoal
login-pin-hint = De 4 a 8 algarismos.
login-submit = Entrar
login-not-me = Não sou eu
login-error-pin =
    { $left ->
        [one] Código incorreto. Resta { $left } tentativa antes do bloqueio.
       *[other] Código incorreto. Restam { $left } tentativas antes do bloqueio.
    }
login-error-locked = Demasiadas tentativas: a entrada está bloqueada até às { $until }.
login-error-workstation-locked = Demasiados códigos errados neste posto: não aceita nenhum código até às { $until }.
login-error-format = O código tem de 4 a 8 algarismos.

enrol-title = Registar este posto
enrol-intro = Introduza o código de registo dado por um administrador. Só funciona uma vez.
enrol-code-label = Código de registo
enrol-submit = Registar
enrol-error = Este código não é válido: está errado, já foi usado ou expirou.

staff-brand = Guichet — área dos funcionários
staff-switch = Mudar de técnico
staff-nav-label = Área dos funcionários
staff-home-title = A minha área
staff-hello = Olá, { $name }

role-counsellor = Técnico de atendimento
role-expert = Técnico especialista
role-interpreter = Intérprete
role-supervisor = Responsável pela qualidade
role-admin = Administrador

section-queue = Fila de espera
section-queue-summary = Chamar o visitante seguinte, recebê-lo, encaminhá-lo e encerrar a visita.
section-appointments = Marcações
section-appointments-summary = As marcações de hoje e as próximas, a receção das pessoas e a marcação em nome de um munícipe.
section-requests = Pedidos
section-requests-summary = Os pedidos recebidos por todos os canais, com o responsável, o prazo e o histórico.
section-residents = Munícipes
section-residents-summary = As fichas dos munícipes, limitadas ao necessário.
section-procedures = Procedimentos
section-procedures-summary = As fichas de procedimento, com notas internas.
section-interpretation = Interpretação
section-interpretation-summary = Frases verificadas na língua do munícipe, lidas em voz alta e mostradas em letra grande.
section-quality = Acompanhamento
section-quality-summary = Os indicadores de qualidade por local, canal, serviço e período, e a sua exportação.
section-admin = Administração
section-admin-summary = Locais, balcões, serviços, motivos, horários, funcionários e postos.

## contact

contact-error-name = Indique o seu nome (120 caracteres no máximo).
contact-error-phone = Este número de telefone não é válido. Exemplo: 06 12 34 56 78 ou +33 6 12 34 56 78.
contact-error-email = Este endereço de e-mail não é válido. Exemplo: nome@exemplo.fr.
contact-error-none = Indique um número de telemóvel ou um endereço de e-mail, para o avisarmos de qualquer alteração.
contact-error-phone-country = Só enviamos SMS para números franceses (França continental e ultramar). Indique um número francês ou um endereço de e-mail.

## Messages

messages-title = Mensagens enviadas
messages-intro = Os SMS e e-mails enviados aos munícipes, do mais recente ao mais antigo, com as falhas e a sua causa. Na demonstração nada sai: as mensagens ficam guardadas aqui.
messages-empty = Ainda não há mensagens.
messages-table-caption = Últimas mensagens
messages-col-when = Data
messages-col-to = Destinatário
messages-col-text = Mensagem
messages-col-status = Estado
channel-sms = SMS
channel-email = E-mail
notification-status-pending = Em espera
messages-planned = Envio previsto para { $when }
notification-status-sending = A enviar
notification-status-sent = Enviada
notification-status-failed = Falhou
messages-attempts =
    { $count ->
        [one] { $count } tentativa
       *[other] { $count } tentativas
    }

## Alerts in the staff frame, on every page
alerts-label = Alertas
alert-my-requests-late = { $count ->
    [one] 1 dos seus pedidos ultrapassou o prazo de resposta
   *[other] { $count } dos seus pedidos ultrapassaram o prazo de resposta
}
alert-my-requests-due-soon = { $count ->
    [one] 1 dos seus pedidos tem prazo nos próximos 2 dias úteis
   *[other] { $count } dos seus pedidos têm prazo nos próximos 2 dias úteis
}
alert-service-requests-late = { $count ->
    [one] 1 pedido dos seus serviços está em atraso
   *[other] { $count } pedidos dos seus serviços estão em atraso
}
