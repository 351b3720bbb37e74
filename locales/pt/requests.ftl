# Pedidos: o registo de contactos, os pedidos e os seus prazos, o formulário público
# /demande e o acompanhamento /suivi.

## Funcionários: a lista
requests-title = Pedidos
requests-list = Pedidos a tratar
requests-none = Nenhum pedido corresponde a estes filtros.
requests-total = { $count ->
    [one] Um pedido
   *[other] { $count } pedidos
}
requests-count-late = { $count ->
    [0] Nenhum em atraso
    [one] 1 em atraso
   *[other] { $count } em atraso
}
requests-count-due-soon = { $count ->
    [0] Nenhum com prazo próximo
    [one] 1 com prazo nos próximos 2 dias úteis
   *[other] { $count } com prazo nos próximos 2 dias úteis
}
requests-reference = Referência
requests-subject = Assunto
requests-channel = Canal
requests-service = Serviço
requests-site = Local
requests-status = Estado
requests-due = Prazo
requests-kind = Tipo de pedido
requests-owner = Funcionário responsável
requests-received = Recebido em
requests-name = Nome completo
requests-phone = Telefone
requests-email = Endereço de e-mail
requests-language = Língua
requests-message = Mensagem
requests-note = Nota (opcional)
requests-all = Todos
requests-open = Abertos (recebidos, em tratamento, a aguardar)
requests-no-service = Sem serviço específico
requests-filter = Filtrar
requests-pages = Páginas da lista
requests-page = Página { $page } de { $pages }
requests-previous = Página anterior
requests-next = Página seguinte
requests-mine-title = Os seus pedidos a vigiar
requests-mine = Só os meus
requests-standing-on-time = Dentro do prazo
requests-standing-due-soon = Prazo próximo
requests-standing-late = Em atraso
requests-standing-stopped = Prazo suspenso

## Funcionários: o registo de contactos
requests-log-title = Registar um contacto
requests-log-hint = Uma chamada ou uma visita resolvida de imediato: escolha o canal e o serviço e depois «Respondido». Se for preciso seguimento, abra um pedido.
requests-log-answered = Respondido de imediato
requests-log-follow-up = É preciso seguimento: abrir um pedido
requests-log-follow-up-hint = O assunto e, pelo menos, um telefone ou um endereço de e-mail para responder.
requests-log-open = Abrir o pedido
requests-contact-logged = Contacto registado.

## Funcionários: um pedido
requests-one-title = Pedido
requests-back = Voltar aos pedidos
requests-saved = Guardado.
requests-opened = Pedido aberto: dê a referência e o código de acompanhamento ao utente.
requests-check-code = Código de acompanhamento
requests-resident-view = Ver o que o utente vê
requests-history = Histórico
requests-actions = Ações
requests-text-reply = Resposta ao utente (visível na página de acompanhamento)
requests-text-ask = O que se pede ao utente (visível na página de acompanhamento)
requests-text-note = Nota interna (nunca mostrada ao utente)
requests-text-comment = Comentário (opcional)
requests-action-note = Adicionar uma nota interna
requests-action-take = Assumir o pedido
requests-action-ask-resident = Pedir ao utente um documento ou um esclarecimento
requests-action-resident-answered = O utente respondeu
requests-action-reply = Enviar a resposta
requests-action-close = Encerrar o pedido
requests-action-reopen = Reabrir o pedido
requests-action-transfer = Passar para outro serviço
requests-action-change-kind = Mudar o tipo (o prazo é recalculado)
requests-event-created = Pedido recebido
requests-event-assigned = Assumido por um funcionário
requests-event-status = Mudança de estado
requests-event-reply = Resposta enviada
requests-event-note = Nota interna
requests-event-transfer = Passado para outro serviço
requests-event-kind = Tipo mudado

## Recusas
requests-error-subject = Indique o assunto do pedido.
requests-error-text = Escreva o texto: é necessário para esta ação.
requests-error-too-long = O texto é demasiado longo.
requests-error-channel = Escolha o canal do contacto.
requests-error-outcome = Indique se o contacto ficou resolvido ou se é preciso seguimento.
requests-error-service = Escolha um serviço que exista.
requests-error-same-service = O pedido já está neste serviço.
requests-error-kind = Escolha um tipo de pedido.
requests-error-same-kind = O pedido já é deste tipo.
requests-error-action = Esta ação não existe.
requests-error-not-now = O estado do pedido já não permite esta ação: a página foi atualizada.
requests-error-no-calendar = Nenhum local tem horário de abertura: não é possível calcular o prazo de resposta.

## Munícipes: o formulário /demande
request-form-title = Escrever à câmara municipal
request-form-intro = Faça a sua pergunta ou o seu pedido. Recebe logo uma referência e um código para acompanhar a resposta, sem criar conta.
request-form-service = Serviço em causa
request-form-service-unknown = Não sei
request-form-message-hint = Pode escrever na sua língua.
request-form-you = Para lhe respondermos
request-form-you-hint = O seu nome e, pelo menos, um endereço de e-mail ou um número de telefone.
request-form-privacy = Estes dados servem apenas para tratar o seu pedido.
request-form-send = Enviar o meu pedido

## Munícipes: o acompanhamento /suivi
follow-title = Acompanhar um pedido
follow-intro = Escreva a referência e o código de acompanhamento que recebeu quando o seu pedido foi registado (no aviso de receção ou nas nossas mensagens).
follow-reference = Referência
follow-reference-hint = Por exemplo D-2026-00042
follow-code = Código de acompanhamento
follow-look = Ver o meu pedido
follow-write = Fazer um novo pedido
follow-no-match = Nenhum pedido corresponde a esta referência e a este código. Verifique-os e tente novamente.
follow-blocked = Demasiadas tentativas com um código errado para esta referência. Tente novamente dentro de { $minutes } minutos ou telefone-nos.
follow-registered = O seu pedido está registado.
follow-keep = Guarde a referência e o código: permitem acompanhar o seu pedido nesta página.
follow-received = Recebido em
follow-due = Resposta prevista, o mais tardar, em
follow-service = Serviço responsável
follow-asked = O que lhe pedimos
follow-reply = A nossa resposta
follow-words-received = Recebemos o seu pedido. Um funcionário vai tratar dele.
follow-words-in-progress = Um funcionário está a tratar do seu pedido.
follow-words-waiting = Aguardamos um documento ou um esclarecimento seu. O prazo de resposta volta a contar quando nos responder.
follow-words-answered = Respondemos ao seu pedido.
follow-words-closed = O seu pedido está encerrado.

## Funcionários: os munícipes
residents-intro = Escreva um nome, um número de telefone ou um endereço de e-mail: cada pessoa encontrada aparece com as suas marcações e os seus pedidos. Cada pesquisa fica registada.
residents-search = Nome, telefone ou e-mail
residents-search-hint = Pelo menos duas letras, ou um número completo.
residents-look = Procurar
residents-too-short = Escreva pelo menos duas letras de um nome, um número de telefone completo ou um endereço de e-mail.
residents-none = Ninguém corresponde a esta pesquisa.
residents-needs = Necessidades indicadas
residents-appointments = Marcações
residents-requests = Pedidos
residents-merge-with = Mesma pessoa que
residents-merge-hint = Quando duas fichas designam a mesma pessoa (uma carta assinada com um nome, um e-mail de outro endereço), agrupe-as: as suas marcações e os seus pedidos aparecem juntos. Pode ser desfeito.
residents-merge = Agrupar
residents-merged = As duas fichas estão agrupadas.
residents-separated = As fichas voltaram a estar separadas.
residents-merge-refused = Estas duas fichas não podem ser agrupadas: escolha outra pessoa da lista.
residents-links = Fichas agrupadas
residents-merged-by = { $first } e { $second }: agrupadas por { $agent } em { $date }.
residents-separate = Separar
residents-campaigns = Campanhas de chamadas para ir ao encontro dos munícipes
residents-calls = Chamadas da câmara municipal
residents-call-reached = pessoa contactada
residents-call-no-answer = não atende
residents-call-unreachable = incontactável após 3 chamadas
residents-call-wrong-number = número errado
residents-call-declined = não quer receber chamadas

## Aviso de receção (CRPA L112-3, R112-4, R112-5, L231-4; CJA R421-2)
ack-title = Aviso de receção
ack-title-document = Registo do seu pedido
ack-received = Recebemos em { $date } o seu pedido «{ $subject }», registado com a referência { $reference }.
ack-commitment = Comprometemo-nos a responder-lhe, o mais tardar, em { $date }.
ack-implicit-rejection = Se em { $date } não tiver recebido qualquer resposta, o seu pedido considera-se recusado: quando a administração fica em silêncio durante dois meses, isso vale como decisão implícita de recusa (artigo L231-4 do Código das relações entre o público e a administração (code des relations entre le public et l'administration)).
ack-appeal = Poderá contestar esta decisão nos dois meses seguintes a { $date }: pedindo ao presidente da câmara que reveja a decisão, ou através de um recurso para o tribunal administrativo competente (artigo R421-2 do Código de justiça administrativa (code de justice administrative)), também online em www.telerecours.fr.
ack-document = O seu pedido diz respeito à emissão de um documento: quando só temos de verificar se as condições estão reunidas, não dá lugar a aviso de receção na aceção do artigo L112-3 do Código das relações entre o público e a administração (code des relations entre le public et l'administration) (artigo R112-4). Entregamos-lhe o documento logo que esteja pronto.
ack-service = Serviço responsável pelo seu pedido: { $service }, { $address }.
ack-service-phone = Telefone: { $phone }.
ack-service-email = E-mail: { $email }.
ack-follow = Acompanhe o seu pedido em { $url } (referência { $reference }, código de acompanhamento { $code }).
ack-sources = Textos legais: artigos L112-3, R112-4, R112-5 e L231-4 do Código das relações entre o público e a administração (code des relations entre le public et l'administration); artigo R421-2 do Código de justiça administrativa (code de justice administrative).
ack-translation-note = Tradução para informação: só o texto em francês tem valor legal.
ack-email-subject = Aviso de receção do seu pedido { $reference }
ack-print = Imprimir
ack-in-french = Texto em francês
ack-open = Aviso de receção para imprimir
requests-postal-address = Morada postal (opcional)
requests-postal-address-hint = Para uma carta em envelope de janela: uma linha para cada linha da morada.
requests-error-address = A morada postal é demasiado longa (seis linhas no máximo).
follow-answer = A sua resposta
follow-answer-hint = O que lhe pedimos: escreva-o aqui, na sua língua se preferir.
follow-answer-send = Enviar a minha resposta
follow-answer-sent = A sua resposta foi enviada: o prazo de resposta recomeça.
requests-event-resident = Resposta do utente

## Respostas e perguntas ao utente: por e-mail, SMS ou carta
requests-means = Como o utente a recebe
requests-means-follow-page = Só na página de acompanhamento
requests-means-email = Por e-mail
requests-means-sms = Por SMS (uma ligação para a página de acompanhamento)
requests-means-letter = Por carta impressa
requests-error-means = Escolha como o utente recebe esta mensagem.
requests-error-means-email = Este pedido não tem endereço de e-mail: escolha outro meio.
requests-error-means-sms = Este pedido não tem número de telemóvel: escolha outro meio.
requests-error-means-letter = Este pedido não tem morada postal: escolha outro meio.
requests-print-letter = Carta para imprimir
reply-email-subject = Resposta ao seu pedido «{ $subject }»
question-email-subject = Esclarecimento necessário para o seu pedido «{ $subject }»
reply-opening = Eis a resposta ao seu pedido «{ $subject }» (referência { $reference }).
question-opening = Para tratar o seu pedido «{ $subject }» (referência { $reference }), precisamos de um esclarecimento ou de um documento:
question-how-to-answer = O nosso prazo de resposta fica suspenso até recebermos a sua resposta.
question-email-reply = Pode responder diretamente a este e-mail, mantendo a referência no assunto, e anexar os documentos pedidos.
reply-follow = Acompanhe o seu pedido em { $url } (referência { $reference }, código de acompanhamento { $code }).
reply-sms = Câmara: o seu pedido { $reference } tem resposta. Leia-a em { $url }
question-sms = Câmara: o seu pedido { $reference } aguarda um esclarecimento seu. Veja { $url }
reply-letter-title = Resposta ao seu pedido
question-letter-title = Pedido de esclarecimento

## Anexos e correio recebido
requests-event-file = Documento adicionado
requests-files = Documentos
requests-files-none = Nenhum documento.
requests-file-size = { $kilobytes } KB
requests-file-add = Adicionar um documento digitalizado
requests-file-send = Adicionar o documento
requests-file-added = O documento foi adicionado ao pedido.
requests-error-scan-missing = Escolha o ficheiro digitalizado da carta.
requests-error-scan-too-large = O ficheiro ultrapassa 10 MB: digitalize a preto e branco ou a 200 ppp, ou em vários ficheiros.
requests-error-scan-type = Este ficheiro não é um PDF nem uma imagem JPEG ou PNG.
requests-error-received-date = A data de receção tem de estar dentro do último ano, e não no futuro.
requests-error-letter-address = Indique a morada postal do remetente, ou um telefone ou um e-mail.
letter-title = Registar uma carta
letter-hint = Uma carta recebida passa a ser um pedido: o prazo conta a partir da data de receção, e o aviso de receção fica pronto para imprimir.
letter-received = Recebida em
letter-sender = Remetente (nome completo)
letter-address-hint = A morada do remetente, uma linha para cada linha da morada: o aviso de receção é-lhe enviado em envelope de janela.
letter-summary = Resumo da carta (opcional)
letter-scan = Carta digitalizada
letter-scan-hint = PDF, JPEG ou PNG, { $megabytes } MB no máximo.
letter-register = Registar a carta

## Duplicados
requests-action-merge = Agrupar com outro pedido do mesmo utente
requests-event-merged = Pedidos agrupados
requests-merge-target = Referência do pedido a manter
requests-merge-hint = Por exemplo D-2026-00042: este pedido é encerrado, os seus documentos e a sua mensagem passam para o outro, e a sua página de acompanhamento mostra o outro.
requests-error-merge-target = Nenhum pedido tem esta referência.
requests-error-merge-same = Um pedido não pode ser agrupado consigo mesmo.
requests-error-merge-closed = O pedido a manter tem de estar aberto, e não pode ter sido ele próprio agrupado.
requests-error-merge-other-resident = Os dois pedidos não têm o mesmo e-mail nem o mesmo telefone: só se agrupam pedidos de um mesmo utente.
follow-merged = O seu pedido { $from } foi agrupado com o seu pedido { $reference }: veja aqui em que ponto está.

## Modelos de resposta
reply-templates-title = Modelos de resposta
reply-templates-hint = Um modelo por tipo de pedido (ou para todos) e por língua: na página de um pedido, preenche a resposta ou a pergunta, que o funcionário adapta antes de a enviar.
reply-templates-new = Novo modelo
reply-templates-list = Modelos da câmara
reply-templates-none = Ainda não há nenhum modelo.
reply-templates-name = Título do modelo
reply-templates-text = Texto
reply-templates-kind-any = Todos os tipos
reply-templates-save = Guardar o modelo
reply-templates-delete = Eliminar o modelo
reply-templates-saved = Modelos guardados.
reply-templates-use = Partir de um modelo
reply-templates-fill = Preencher com este modelo
requests-error-template-title = Dê ao modelo um título de 200 caracteres no máximo.
requests-error-template-language = Escolha a língua do modelo.
requests-procedure-sheets = Fichas de procedimentos deste tipo
residents-rights = Direitos sobre os seus dados (RGPD)
residents-export = Descarregar todos os seus dados (ficheiro JSON)
residents-erase-confirm = A pessoa pediu o apagamento dos seus dados. As suas próximas marcações serão anuladas, as listas de espera terminadas, e os seus pedidos deixarão de ter contactos para lhe responder. Não pode ser desfeito.
residents-erase = Apagar os seus dados
residents-erase-unconfirmed = Assinale a caixa de confirmação para apagar os dados desta pessoa.
residents-erase-nobody = Esta pesquisa já não encontra esta pessoa: nada foi apagado nem exportado.
residents-erased = { $count ->
    [one] Dados apagados: um registo anonimizado.
   *[other] Dados apagados: { $count } registos anonimizados.
}
