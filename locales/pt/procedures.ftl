# Fichas de procedimentos: as páginas dos munícipes (/demarches) e as dos funcionários (/agent/demarches).

procedures-title = Procedimentos
procedures-intro = O que precisa de saber e de trazer para cada procedimento, em francês de leitura fácil e na sua língua.
procedures-search-label = Procurar um procedimento
procedures-search = Procurar
procedures-results = { $count ->
    [0] Nenhuma ficha para «{ $query }»
    [one] Uma ficha para «{ $query }»
   *[other] { $count } fichas para «{ $query }»
}
procedures-no-result = Experimente outra palavra ou pergunte no atendimento: respondemos-lhe na sua língua.
procedures-back = Todos os procedimentos
procedures-back-to-sheet = Voltar à ficha
procedures-to-falc = Versão de leitura fácil
procedures-to-standard = Versão completa
procedures-print = Imprimir
procedures-print-hint = Para imprimir esta página numa folha A4, use o comando Imprimir do seu navegador (Ctrl + P).
procedures-qr = Código QR para a ficha online
procedures-languages = Línguas da ficha
procedures-variant-standard = Versão completa
procedures-variant-falc = Leitura fácil
procedures-out-of-date = A versão francesa desta ficha mudou desde esta tradução: pode já não estar exata.
procedures-read-french = Ler a versão francesa
procedures-not-translated = Esta ficha ainda não está traduzida para a sua língua: aqui a tem em francês.
procedures-audience = Para quem?
procedures-situations = A sua situação
procedures-steps = Os passos
procedures-documents = Documentos a trazer
procedures-cost = Quanto custa?
procedures-free = Gratuito
procedures-delay = Prazo
procedures-delay-on-the-spot = No momento
procedures-delay-days = { $days ->
    [one] { $days } dia
   *[other] { $days } dias
}
procedures-delay-range = De { $min } a { $max } dias
procedures-where = Onde se dirigir?
procedures-appointment-required = Só com marcação.
procedures-appointment-recommended = Com ou sem marcação; com marcação, não espera.
procedures-appointment-none = Sem marcação, no horário de atendimento.
procedures-book = Marcar atendimento
procedures-online = Online
procedures-online-link = Tratar do procedimento online
procedures-note-know = A saber:
procedures-note-warning = Atenção:
procedures-legal = Textos de referência
procedures-sources = Fontes
procedures-reviewed = Ficha verificada em { $date }
procedures-version = versão { $version } publicada em { $date }
procedures-falc-checked = Versão de leitura fácil revista por { $who } em { $date }

# Funcionários
procedures-staff-title = Fichas de procedimentos
procedures-staff-intro = A mesma resposta para todos: cada ficha, a sua versão de leitura fácil, as suas traduções e as suas versões. Os munícipes leem sempre a versão publicada.
procedures-translations-of = Traduções a fazer em
procedures-no-language = (nenhuma língua)
procedures-tasks = { $count ->
    [0] Nada a traduzir
    [one] Um texto a traduzir ou a atualizar
   *[other] { $count } textos a traduzir ou a atualizar
}
procedures-tasks-none = Todas as fichas estão traduzidas e atualizadas nesta língua.
procedures-tasks-caption = Textos a traduzir ou a atualizar
procedures-sheet = Ficha
procedures-variant = Versão
procedures-state = Estado
procedures-actions = Ações
procedures-translate = Traduzir
procedures-sheets-count = { $count ->
    [0] Nenhuma ficha
    [one] Uma ficha
   *[other] { $count } fichas
}
procedures-service = Serviço
procedures-reviewed-on = Verificada em
procedures-falc = Leitura fácil
procedures-falc-ok = Revista por uma pessoa destinatária
procedures-falc-to-check = A mandar rever
procedures-to-translate = Línguas a traduzir
procedures-draft = Rascunho
procedures-published = Publicada
procedures-translation-missing = A traduzir
procedures-translation-up-to-date = Atualizada
procedures-translation-to-update = A atualizar
procedures-translation-out-of-date = Desatualizada (leitores avisados)
procedures-back-staff = Todas as fichas
procedures-public-page = Página dos munícipes
procedures-edit-standard = Alterar a versão completa
procedures-edit-falc = Alterar a versão de leitura fácil
procedures-staff-notes = Notas para os funcionários
procedures-owner = Ficha acompanhada por { $name }
procedures-translations = Traduções
procedures-language = Língua
procedures-versions = Versões
procedures-when = Data
procedures-author = Por
procedures-falc-check = Revisão por uma pessoa destinatária
procedures-edit-minor = Alteração menor
procedures-edit-medium = Alteração média
procedures-edit-major = Alteração importante

# Editor
procedures-editor-title = Alterar uma ficha
procedures-editing = { $variant } (língua: { $language })
procedures-published-ok = Publicado: os munícipes leem agora esta versão.
procedures-draft-ok = Rascunho guardado: os munícipes continuam a ler a versão publicada.
procedures-facts-ok = Informações da ficha guardadas.
procedures-checked-ok = Revisão registada.
procedures-draft-pending = Há um rascunho à espera de publicação: os munícipes continuam a ler a versão publicada.
procedures-french-beside = O texto francês a traduzir
procedures-advice = Conselhos de legibilidade
procedures-advice-long-sentence = Frase longa, a dividir
procedures-advice-rare-word = Palavra pouco comum, a substituir ou explicar
procedures-advice-abbreviation = Sigla a escrever por extenso
procedures-edit-level = Importância da alteração
procedures-edit-level-hint = Média: as traduções têm de ser atualizadas. Importante (muda um facto: preço, prazo, documento): os seus leitores também são avisados.
procedures-part-title = Título
procedures-part-summary = Em resumo
procedures-part-audience = Para quem
procedures-part-keywords = Outras palavras de pesquisa
procedures-part-situations = Situações
procedures-part-steps = Passos
procedures-part-documents = Documentos a trazer
procedures-part-costs = Custos
procedures-part-delay = Prazo explicado
procedures-part-online = Online
procedures-part-notes = Caixas de destaque
procedures-keywords-hint = Separadas por vírgulas: siglas, palavras do dia a dia.
procedures-situations-hint = Uma situação por linha: a situação, depois «|» e o que ela muda.
procedures-lines-hint = Um passo por linha.
procedures-documents-hint = Um documento por linha; se só for pedido num caso, acrescente «|» e esse caso.
procedures-costs-hint = Um caso por linha: o montante em euros (0 se for gratuito), depois «|» e o caso.
procedures-notes-hint = Uma caixa de destaque por linha, a começar por «!» para «A saber» ou por «!!» para «Atenção».
procedures-delay-min = Prazo mais curto (dias)
procedures-delay-max = Prazo mais longo (dias)
procedures-save-draft = Guardar o rascunho
procedures-publish = Publicar
procedures-falc-check-hint = Uma versão de leitura fácil é revista por uma pessoa a quem se destina. Cada nova versão precisa da sua própria revisão.
procedures-checked-by = Revista por
procedures-checked-on = Data da revisão
procedures-record-check = Registar a revisão
procedures-facts = Informações da ficha
procedures-motif = Motivo de marcação
procedures-no-motif = (sem marcação)
procedures-appointment = Marcação
procedures-online-url = Endereço do procedimento online
procedures-references-hint = Uma referência por linha: o seu nome, depois «|» e o seu endereço (https://…).
procedures-owner-field = Funcionário que acompanha a ficha
procedures-no-owner = (ninguém)
procedures-save-facts = Guardar as informações

procedures-error-too-long = Um campo é demasiado longo.
procedures-error-too-many = Uma lista tem demasiadas linhas (30 no máximo).
procedures-error-situation = Cada situação precisa de um «|» seguido do que ela muda.
procedures-error-cost = Cada custo começa por um montante em euros, seguido de «|» e do caso.
procedures-error-delay = O prazo deve ir de um número de dias até um número igual ou maior.
procedures-error-missing = Uma parte da ficha está vazia: título, resumo, público, situações, passos, documentos, custos, prazo e «online» são todos necessários.
procedures-error-url = Um endereço tem de começar por https://.
procedures-error-language = Esta língua não está disponível.
procedures-error-version = Esta versão da ficha não existe.
procedures-error-level = Indique se a alteração é menor, média ou importante.
procedures-error-no-french = Publique primeiro a versão francesa.
procedures-error-shape = A tradução tem de ter as mesmas partes que o francês: o mesmo número de situações, passos, documentos e caixas de destaque, os mesmos montantes e os mesmos prazos.
procedures-error-sources = É preciso pelo menos um texto de referência e uma fonte com o seu endereço.
procedures-error-appointment = Escolha se é preciso marcação.
procedures-error-date = Esta data não é válida (AAAA-MM-DD, não no futuro).
procedures-error-motif = Este motivo de marcação não existe.
procedures-error-owner = Este funcionário não existe.
procedures-error-checked-by = Indique quem reviu a ficha.
procedures-error-no-falc = Publique primeiro a versão de leitura fácil.
procedures-read-aloud = Ler em voz alta
procedures-stop-reading = Parar a leitura
procedures-no-voice = Este dispositivo não tem voz para esta língua.
procedures-of-kind = As fichas que respondem aos pedidos do tipo «{ $kind }».
