# Administração dos agentes: lista, ficha, código pessoal, importação de uma folha de cálculo.

agents-title = Agentes
agents-edit-title = Ficha de um agente
agents-intro = Os agentes entram nos postos registados com o seu nome e o seu código pessoal. Um agente desativado desaparece do ecrã de entrada; o seu histórico mantém-se.
agents-import-link = Importar agentes de uma folha de cálculo
agents-new = Adicionar um agente
agents-new-pin = Código pessoal (facultativo)
agents-new-pin-hint = Sem código, o agente não pode entrar: poderá defini-lo mais tarde na sua ficha.
agents-create = Criar o agente
agents-imported = { $count ->
    [one] Um agente importado. Defina o seu código pessoal na ficha para que possa entrar.
   *[other] { $count } agentes importados. Defina os seus códigos pessoais nas fichas para que possam entrar.
}
agents-table-caption = Todos os agentes, ativos e desativados
agents-col-name = Nome
agents-col-role = Função
agents-col-state = Estado
agents-col-services = Competências (serviços)
agents-col-languages = Línguas faladas
agents-state-active = Ativo
agents-state-inactive = Desativado
agents-state-locked = Bloqueado até às { $until }
agents-state-no-pin = Sem código pessoal
agents-no-service = Ainda não existe nenhum serviço.
agents-field-name = Nome apresentado
agents-field-name-hint = Tal como aparece no ecrã de entrada, por exemplo «Camille Martin».
agents-field-role = Função
agents-field-services = Competências
agents-field-services-hint = Assinalar um serviço dá ao agente todos os motivos desse serviço.
agents-field-languages = Línguas faladas
agents-field-pin = Código pessoal
agents-field-pin-hint = De 4 a 8 algarismos.
agents-field-pin-again = Código pessoal, outra vez
agents-back = Voltar à lista de agentes
agents-details = Nome, função, competências e línguas
agents-pin = Código pessoal
agents-pin-is-set = Este agente tem um código pessoal. Definir um novo substitui o anterior e levanta um eventual bloqueio.
agents-pin-none = Este agente ainda não tem código pessoal: não pode entrar.
agents-pin-save = Guardar o código
agents-access = Acesso
agents-failed-attempts = { $count ->
    [one] Um código errado desde a última entrada.
   *[other] { $count } códigos errados desde a última entrada.
}
agents-unlock = Desbloquear
agents-deactivate-hint = Um agente desativado desaparece do ecrã de entrada e as suas sessões abertas terminam. O histórico mantém-se e poderá reativá-lo.
agents-deactivate = Desativar o agente
agents-reactivate-hint = Este agente está desativado: não aparece no ecrã de entrada.
agents-reactivate = Reativar o agente

agents-import-title = Importar agentes
agents-import-intro = Cole o conteúdo de um ficheiro CSV guardado a partir da sua folha de cálculo. A pré-visualização mostra cada linha e os seus problemas; nada é guardado antes da sua confirmação, e só se todas as linhas estiverem corretas.
agents-import-format = Formato do ficheiro
agents-import-format-intro = Uma primeira linha de cabeçalhos e depois um agente por linha, com as colunas separadas por ponto e vírgula (formato «CSV» da folha de cálculo, em UTF-8). Células copiadas diretamente da folha de cálculo também servem.
agents-import-column-name = Obrigatório: o nome apresentado, diferente do dos outros agentes.
agents-import-column-role = Obrigatório: uma das funções seguintes, escrita como no ecrã ou pelo seu nome técnico.
agents-import-column-services = Facultativo: os serviços cujos motivos o agente trata, pelo identificador ou pelo nome, separados por vírgulas.
agents-import-column-languages = Facultativo: as línguas faladas, pelo código, separadas por vírgulas.
agents-import-language-codes = Códigos das línguas
agents-import-example = Exemplo:
agents-import-no-pin = Os agentes importados não têm código pessoal: não podem entrar enquanto um administrador não o definir na sua ficha.
agents-import-field = Conteúdo do ficheiro CSV
agents-import-field-hint = No máximo { $max } agentes de cada vez.
agents-import-preview = Ver a pré-visualização
agents-import-preview-title = Pré-visualização
agents-import-ready = { $count ->
    [one] A linha está correta.
   *[other] As { $count } linhas estão corretas.
}
agents-import-confirm = { $count ->
    [one] Importar este agente
   *[other] Importar estes { $count } agentes
}
agents-import-rows-with-problems = { $count ->
    [one] Uma linha em { $total } tem um problema.
   *[other] { $count } linhas em { $total } têm um problema.
}
agents-import-file-problems = Não é possível ler o ficheiro:
agents-import-nothing-saved = Nada foi guardado. Corrija o ficheiro, cole-o de novo e reveja a pré-visualização.
agents-import-table-caption = As linhas do ficheiro
agents-import-col-line = Linha
agents-import-col-problems = Problemas
agents-import-row-ok = Correta
agents-import-empty = O ficheiro está vazio.
agents-import-missing-column = Falta a coluna «{ $value }» na primeira linha.
agents-import-unknown-column = Coluna desconhecida: «{ $value }».
agents-import-duplicate-column = A coluna «{ $value }» aparece duas vezes.
agents-import-no-rows = O ficheiro só tem a linha de cabeçalhos: nenhum agente.
agents-import-too-many-rows = Mais de { $max } agentes: importe o ficheiro em várias vezes.
agents-import-unclosed-quote = Umas aspas abertas na linha { $line } nunca são fechadas.
agents-import-columns = { $found ->
    [one] Uma coluna em vez de { $expected }.
   *[other] { $found } colunas em vez de { $expected }.
}
agents-import-empty-name = O nome está vazio.
agents-import-name-too-long = O nome tem mais de { $max } caracteres.
agents-import-duplicate-name = O mesmo nome que na linha { $line }.
agents-import-name-exists = Já existe um agente com este nome.
agents-import-empty-role = A função está vazia.
agents-import-unknown-role = Função desconhecida: «{ $value }».
agents-import-unknown-service = Serviço desconhecido: «{ $value }».
agents-import-unknown-language = Código de língua desconhecido: «{ $value }».

admin-error-agent-name = O nome é obrigatório e não pode ter mais de 100 caracteres.
admin-error-agent-name-taken = Outro agente já tem este nome: acrescente, por exemplo, uma inicial.
admin-error-agent-role = Escolha uma função da lista.
admin-error-agent-service = Um dos serviços assinalados já não existe: recarregue a página.
admin-error-agent-language = Uma das línguas assinaladas não é conhecida.
admin-error-agent-pin-format = O código pessoal deve ter de 4 a 8 algarismos.
admin-error-agent-pin-mismatch = Os dois códigos introduzidos são diferentes.
admin-error-agent-last-admin = Não é possível: este agente é o último administrador ativo. Nomeie primeiro outro administrador.
admin-error-agent-import = Nada foi importado: pelo menos uma linha tem um problema (veja a pré-visualização).
