# O índice da administração (/agent/admin), pela ordem em que uma câmara se instala.
admin-index-intro = Tudo o que uma câmara municipal regula por si, pela ordem de uma primeira instalação: locais e serviços, depois pessoas, aparelhos, mensagens e regras.
admin-group-town = A câmara: locais, serviços e motivos
admin-group-people = As pessoas
admin-group-devices = Os aparelhos
admin-group-messages = As mensagens aos munícipes
admin-group-settings = As regras
admin-index-sites = Morada, telefone, horário de abertura e encerramentos de cada local de atendimento.
admin-index-motifs = Duração, documentos a levar, prazos e marcação online de cada motivo.
admin-index-schedules = Semanas de trabalho e ausências dos agentes, local a local.
admin-index-devices = Postos de atendimento, quiosques e ecrãs da sala de espera, com o seu código de registo.
admin-index-journal = Os SMS e e-mails enviados aos munícipes, e os que não puderam ser enviados.
admin-index-queue = Prioridades da fila e chamadas antes de «ausente», local a local.
admin-index-templates = O texto dos SMS e e-mails enviados aos munícipes, língua a língua, com pré-visualização.
admin-index-settings = Prazo para alterar ou cancelar online, reserva para a lista de espera e lembretes.
