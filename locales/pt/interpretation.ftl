# Painel de línguas (/agent/interpretation): textos da interface. As frases propriamente
# ditas estão em phrasebook.ftl.

panel-choose-language = Escolha primeiro a língua do munícipe.
panel-language = Língua do munícipe
panel-find-language = Procurar uma língua (em português ou na própria língua)
panel-search = Procurar
panel-no-language = Nenhuma língua corresponde.
panel-situations = Situações
panel-search-phrases = Procurar uma frase em francês
panel-results = Resultados da pesquisa
panel-no-phrase = Nenhuma frase corresponde.
panel-phrase = Frase escolhida
panel-french = Francês
panel-show = Mostrar ao munícipe
panel-values = Completar a frase
panel-value-date = Data
panel-value-time = Hora
panel-value-place = Local
panel-value-desk = Balcão
panel-value-service = Serviço
panel-value-amount = Montante em euros
panel-value-amount-hint = Por exemplo 25 ou 25,50.
panel-value-motif = Documentos de um assunto
panel-value-documents = Documentos a trazer
panel-value-documents-hint = Um documento por linha, em francês, ou escolha um assunto acima.
panel-value-count = Número
panel-value-days = Número de dias
panel-value-gender = Concordância da frase (género do munícipe)
panel-gender-unspecified = Não indicado
panel-gender-female = Feminino
panel-gender-male = Masculino
panel-fill = Completar
panel-error-value = Não foi possível ler um valor: corrija o campo assinalado. Entretanto, a frase deixa-o em branco.
panel-answers = Respostas do munícipe
panel-resident-said = O munícipe respondeu:
panel-back = Voltar ao painel

speech-read-aloud = Ler em voz alta
speech-voice = Voz
speech-no-voice = Este posto não tem voz para esta língua: em vez disso, mostre o texto ao munícipe.

# Nomes das línguas na língua da interface (o nome na própria língua vem do código).
language-fr = francês
language-en = inglês
language-ar = árabe
language-fa = persa
language-es = espanhol
language-pt = português
language-tr = turco
language-ro = romeno
language-ru = russo
language-uk = ucraniano
language-zh = chinês

# Ecrã do munícipe emparelhado com o painel (/interpretation).
pairing-title = Ecrã do munícipe
pairing-intro = Um tablet ou um segundo ecrã virado para o munícipe mostra as frases que envia e devolve-lhe as respostas dele. Nada da conversa fica registado.
pairing-start = Emparelhar um ecrã
pairing-code = Código de emparelhamento:
pairing-how = No ecrã do munícipe, abra o endereço { $address } do Guichet e escreva este código.
pairing-joined = Ecrã do munícipe ligado.
pairing-resident-tapped = O munícipe tocou em:
pairing-send = Enviar para o ecrã do munícipe
pairing-end = Terminar a conversa
pairing-none = Nenhum ecrã está emparelhado (a conversa pode ter terminado): emparelhe um novamente.
pairing-screen-page = Ecrã do munícipe
pairing-ask-intro = Escreva o código que aparece no painel de línguas do técnico de atendimento.
pairing-code-label = Código de emparelhamento (6 algarismos)
pairing-open = Abrir
pairing-unknown-code = Este código não corresponde a nenhuma conversa em curso. Verifique-o no painel do técnico de atendimento; cada conversa termina no fim da visita.
pairing-code-taken = Este código já está aberto noutro ecrã. Peça ao técnico de atendimento que termine a conversa e mostre um código novo.
# Textos do próprio ecrã, na língua do munícipe.
pairing-screen-title = Aqui, o funcionário fala consigo
pairing-screen-waiting = Olá. O funcionário vai escrever aqui, na sua língua.
pairing-screen-answers = Toque na sua resposta:
pairing-screen-sent = Enviado ao funcionário:
pairing-screen-ended = A conversa terminou. Obrigado e até à próxima.

# Intérpretes (/agent/interpretation/interpretes e o painel).
interpreters-title = Intérpretes
interpreters-back-to-panel = Voltar ao painel de línguas
interpreters-my-languages = As suas línguas: { $languages }.
interpreters-new-request = Novo pedido de intérprete de { $language }: { $place }, feito por { $name }.
interpreters-requests = Pedidos de hoje
interpreters-no-request = Hoje não há nenhum pedido de intérprete em curso.
interpreters-my-appointments = As minhas marcações para interpretar
interpreters-appointments = Marcações que precisam de intérprete (próximos 14 dias)
interpreters-no-appointment = Nenhuma das próximas marcações precisa de intérprete.
interpreters-when = Data e hora
interpreters-language = Língua
interpreters-where = Local e assunto
interpreters-interpreter = Intérprete
interpreters-coming = { $name } está a caminho.
interpreters-waiting = À espera de um intérprete.
interpreters-nobody-on-duty = Neste momento, não há nenhum intérprete desta língua de serviço.
interpreters-on-duty = De serviço: { $names }.
interpreters-asked-by = pedido por { $name } às { $time }
interpreters-accept = Vou a caminho
interpreters-cancel = Cancelar o pedido
interpreters-none = Nenhum
interpreters-assign = Atribuir
interpreters-panel-title = Intérprete
interpreters-ask = Pedir um intérprete ({ $language })
interpreters-asked-at = Pedido enviado às { $time }: os intérpretes de serviço foram avisados.
interpreters-error-gone = Este pedido ou esta marcação já não existe.
interpreters-error-not-yours = Só um intérprete que fale esta língua pode aceitar este pedido.
interpreters-error-taken = Outro intérprete já aceitou este pedido.
interpreters-error-not-allowed = Os intérpretes não atribuem marcações a si próprios: é um técnico de atendimento ou um responsável que o faz.
interpreters-error-language = Este intérprete não fala a língua pedida para esta marcação.
interpreters-error-busy = Este intérprete já tem uma marcação a essa hora.

# Frases da câmara municipal (/agent/interpretation/phrases).
local-phrases-title = Frases da câmara municipal
local-phrases-intro = As frases acrescentadas pela câmara municipal passam para o painel de línguas, na respetiva situação, assim que um agente que fale a língua tiver verificado a tradução.
local-phrases-none = Ainda não foi acrescentada nenhuma frase.
local-phrases-no-translation = Ainda não há nenhuma tradução.
local-phrases-verified-by = Verificada por { $name }
local-phrases-not-verified = Não verificada
local-phrases-verify = Aprovar a tradução ({ $language })
local-phrases-retire = Retirar a frase
local-phrases-add = Acrescentar uma frase
local-phrases-french = Frase em francês
local-phrases-translations = Traduções
local-phrases-translations-hint = Deixe em branco as línguas que ainda ninguém traduziu. Cada tradução fica «não verificada» até que um agente que fale a língua a aprove.
local-phrases-save = Guardar a frase
local-phrases-saved = Frase guardada. As traduções aguardam verificação.
local-phrases-verified = Tradução aprovada: já aparece no painel.
local-phrases-link = Frases da câmara municipal
local-phrases-error-french = Escreva a frase em francês.
local-phrases-error-long = Uma frase ou uma tradução é demasiado longa (300 caracteres no máximo).
local-phrases-error-situation = Escolha uma situação da lista.
local-phrases-error-not-speaker = Só um agente que fale esta língua pode aprovar a tradução.
local-phrases-error-gone = Esta tradução já não existe.
panel-procedure-sheets = Fichas de procedimentos
panel-procedure-sheets-in = Fichas de procedimentos em { $language }
