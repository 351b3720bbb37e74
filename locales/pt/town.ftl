# Administration of the town's sites, desks, services and motifs, and the motif import.

admin-error-stale = Outra pessoa guardou este elemento enquanto o modificava: nada foi guardado. Os valores apresentados são os atuais; refaça a sua alteração se ainda for útil.
admin-error-slug = Identificador inválido: apenas letras minúsculas sem acentos, algarismos e hífenes (por exemplo anexo-camara).
admin-error-slug-taken = Este identificador já está a ser usado: escolha outro.
admin-error-taken = Este identificador ou esta letra acabou de ser usado por outra pessoa: escolha outro.
admin-error-email = Endereço de e-mail inválido: verifique-o (por exemplo atendimento@camara.fr).
admin-error-site-appointments = Ainda há marcações previstas neste local: altere-as ou cancele-as antes de o retirar.
admin-error-desk = Nome de balcão inválido: é obrigatório e deve ser diferente dos outros balcões do local.
admin-error-service = Escolha um serviço ativo para um motivo ativo.
admin-error-letter = Letra das senhas inválida: uma só letra, de A a Z.
admin-error-letter-taken = Esta letra já pertence a outro serviço (mesmo retirado: as suas senhas ainda a têm).
admin-error-position = Posição inválida: um número inteiro de 1 a 999.
admin-error-service-motifs = Este serviço ainda tem motivos ativos: retire-os ou mude-os de serviço antes de o retirar.
admin-error-import = O ficheiro tem erros: nada foi guardado. Corrija as linhas assinaladas e pré-visualize de novo.

town-problem-name = nome em falta (200 caracteres no máximo)
town-problem-duration = duração: um número inteiro de minutos, de 5 a 480
town-problem-buffer = intervalo: um número inteiro de minutos, de 0 a 120
town-problem-min-delay = prazo mínimo: um número inteiro de horas, de 0 a 720
town-problem-max-delay = prazo máximo: um número inteiro de dias, de 1 a 366
town-problem-cells = mais células do que colunas no cabeçalho
town-problem-code = código inválido: letras minúsculas sem acentos, algarismos e hífenes
town-problem-code-twice = este código já aparece numa linha anterior
town-problem-service = serviço desconhecido: escreva o seu identificador ou o seu nome
town-problem-service-retired = este serviço está retirado
town-problem-online = «en ligne»: escreva oui ou non
town-import-separator = Só foi lida uma coluna: separe as células com ponto e vírgula (;), como faz uma folha de cálculo francesa.
town-import-column-twice = A coluna «{ $column }» aparece duas vezes no cabeçalho.
town-import-column-unknown = Coluna desconhecida no cabeçalho: «{ $column }».
town-import-column-missing = Falta uma coluna obrigatória no cabeçalho: «{ $column }».
town-import-empty = Nenhuma linha a importar: cole o cabeçalho e pelo menos uma linha.

town-slug = Identificador
town-slug-hint = Usado nos endereços, não muda depois: letras minúsculas sem acentos, algarismos e hífenes (por exemplo anexo-camara).
town-create = Criar
town-retired = retirado
town-retire = Retirar
town-reactivate = Repor
town-site-add = Novo local
town-site-email = Endereço de e-mail
town-desks = Balcões
town-desk-label = Nome do balcão
town-desk-rename = Mudar o nome
town-desk-new = Novo balcão
town-index-services = Os serviços da câmara, a letra das suas senhas e a sua ordem; criar, modificar, retirar.
town-index-import = Criar ou atualizar motivos a partir de uma folha de cálculo (CSV), com pré-visualização linha a linha.
town-services-title = Serviços
town-services-intro = Cada serviço tem a sua letra de senha. Um serviço só é retirado depois de todos os seus motivos estarem retirados; as senhas passadas mantêm-no.
town-service-add = Novo serviço
town-service-motifs = { $count ->
    [0] nenhum motivo ativo
    [one] um motivo ativo
   *[other] { $count } motivos ativos
}
town-service-name = Nome do serviço
town-service-letter = Letra das senhas
town-service-letter-hint = Uma letra de A a Z, própria deste serviço: E para E001, E002…
town-service-position = Posição nas listas
town-service-experts = Tratado por especialistas
town-service-experts-hint = As marcações deste serviço vão diretamente para o especialista que as atende.
town-motif-add = Novo motivo
town-motif-service = Serviço
town-import-title = Importar motivos
town-import-how = O ficheiro esperado
town-import-help = Guarde a sua folha de cálculo em formato CSV (separador ponto e vírgula, UTF-8), abra-a num editor de texto e cole-a abaixo. Uma linha cujo código já existe atualiza esse motivo; as outras criam um motivo.
town-import-columns = Primeira linha: os nomes das colunas.
town-import-defaults = Obrigatórias: code, nom, service, durée. Sem a sua coluna, o intervalo vale 0, «en ligne» oui, o prazo mínimo 2 horas e o prazo máximo 60 dias. Os documentos a trazer são separados por barras verticais (|).
town-import-example = Exemplo:
town-import-text = Conteúdo do ficheiro CSV
town-import-preview = Pré-visualizar
town-import-preview-title = Pré-visualização
town-import-ready = { $count ->
    [one] Uma linha pronta a ser guardada.
   *[other] { $count } linhas prontas a ser guardadas.
}
town-import-wrong = { $count ->
    [0] O ficheiro não pode ser lido: nada será guardado.
    [one] Uma linha tem erros: nada será guardado enquanto não for corrigida.
   *[other] { $count } linhas têm erros: nada será guardado enquanto não forem corrigidas.
}
town-import-line = Linha
town-import-what = Resultado
town-import-new = novo motivo
town-import-update = atualização
town-import-confirm = Guardar todos os motivos
