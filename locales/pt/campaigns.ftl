## "Aller vers" campaigns: lists of residents to call (/agent/usagers/campagnes)
campaigns-title = Campanhas de chamadas
campaigns-intro = Ir ao encontro dos munícipes: uma lista de pessoas a quem telefonar por um mesmo motivo (onda de calor, inscrições, lembrete de um procedimento). Cada técnico de atendimento pega na pessoa seguinte; ninguém recebe duas chamadas ao mesmo tempo, e cada chamada fica registada como um contacto.
campaigns-back-residents = Voltar aos munícipes
campaigns-back = Todas as campanhas
campaigns-back-campaign = Voltar à campanha
campaigns-list = Campanhas
campaigns-none = Ainda não há nenhuma campanha.
campaigns-name = Título
campaigns-service = Serviço
campaigns-no-service = Todos os serviços
campaigns-created = Criada em
campaigns-progress = Progresso
campaigns-left = { $left } por telefonar de { $people }
campaigns-left-short = { $left ->
    [0] já não há ninguém a quem telefonar
    [one] ainda 1 pessoa a quem telefonar
   *[other] ainda { $left } pessoas a quem telefonar
}
campaigns-closed = Terminada
campaigns-new = Nova campanha
campaigns-purpose = O que dizer
campaigns-purpose-hint = Lido pelo técnico de atendimento em cada chamada: o motivo da chamada, o que perguntar, os números a dar.
campaigns-source = Pessoas a quem telefonar
campaigns-source-list = Uma lista (ficheiro CSV ou células copiadas de uma folha de cálculo)
campaigns-source-filter = Os munícipes sem contacto há algum tempo
campaigns-list-field = Lista a colar
campaigns-list-hint = Uma pessoa por linha: nome, telefone e, se quiser, a língua (fr, ar, en…) e uma observação. Separador ponto e vírgula, vírgula ou tabulação; aceita-se uma linha de títulos. No máximo 5000 pessoas.
campaigns-filter-months = Sem marcação nem pedido há
campaigns-months = { $months } meses
campaigns-create = Criar a campanha
campaigns-created-ok = A campanha foi criada: pode começar as chamadas.
campaigns-closed-ok = A campanha está terminada.
campaigns-closed-hint = Esta campanha está terminada: já não se telefona a ninguém.
campaigns-finished = Já se telefonou a toda a gente.
campaigns-called = A chamada está registada.
campaigns-resume = Retomar a minha chamada em curso
campaigns-nobody-left = Já não há ninguém a quem telefonar nesta campanha.
campaigns-next = Telefonar à pessoa seguinte
campaigns-people = Pessoas da lista
campaigns-person = Pessoa
campaigns-phone = Telefone
campaigns-status = Ponto da situação
campaigns-attempts = Chamadas
campaigns-last-call = Última chamada
campaigns-note = Nota
campaigns-close = Terminar a campanha
campaigns-close-hint = Terminar a campanha para as chamadas; a lista e os seus resultados continuam disponíveis para consulta.
campaigns-call-title = Chamada
campaigns-no-call = Não tem nenhuma chamada em curso nesta campanha.
campaigns-language = Língua
campaigns-detail = Observação
campaigns-last-note = Nota da última chamada
campaigns-attempts-before = { $count ->
    [0] primeira chamada
    [one] já contactada 1 vez
   *[other] já contactada { $count } vezes
}
campaigns-outcome = Como correu a chamada?
campaigns-outcome-reached = Pessoa contactada
campaigns-outcome-no-answer = Não atende
campaigns-outcome-wrong-number = Número errado
campaigns-outcome-declined = Não quer ser contactada
campaigns-save-next = Registar e telefonar à seguinte
campaigns-save = Registar e voltar à campanha
campaigns-status-to-call = Por telefonar
campaigns-status-reached = Contactada
campaigns-status-unreachable = Incontactável após 3 chamadas
campaigns-status-wrong-number = Número errado
campaigns-status-declined = Recusa
campaigns-error-title = Dê um título à campanha (120 caracteres no máximo).
campaigns-error-purpose = Escreva o que dizer às pessoas contactadas (2000 caracteres no máximo).
campaigns-error-service = Este serviço não existe: escolha um da lista.
campaigns-error-source = Escolha de onde vêm as pessoas a quem telefonar: uma lista ou os munícipes sem contacto.
campaigns-error-empty = A lista não tem ninguém: uma pessoa por linha, o nome e depois o telefone.
campaigns-error-too-many = A lista é demasiado longa: no máximo 5000 pessoas por campanha.
campaigns-error-lines = Nada foi guardado: estas linhas não têm nome ou não têm um número de telefone utilizável: { $lines }. Corrija-as e volte a colar a lista.
campaigns-error-filter = Escolha uma duração da lista.
campaigns-error-nobody = Nenhum munícipe corresponde: ninguém com telefone ficou sem contacto durante tanto tempo.
campaigns-error-closed = Esta campanha está terminada: já não se telefona a ninguém.
campaigns-error-busy = Muitos técnicos de atendimento estão a telefonar ao mesmo tempo: tente novamente.
campaigns-error-not-yours = Esta chamada já não é sua (já registada, ou retomada por um colega): telefone à pessoa seguinte.
campaigns-error-outcome = Indique como correu a chamada.
campaigns-error-note = A nota é demasiado longa (1000 caracteres no máximo).
