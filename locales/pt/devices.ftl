# Dispositivos: postos de trabalho, terminais de senhas e ecrãs da sala de espera; o seu registo.

devices-title = Postos, terminais e ecrãs
devices-intro = Só os postos registados permitem aos funcionários entrar com o código pessoal; só os terminais registados de um local emitem as suas senhas, e só os seus ecrãs registados mostram as suas chamadas.
devices-code-intro = Código de registo do novo dispositivo:
devices-code-help = Introduza-o no prazo de 24 horas no próprio dispositivo: no endereço /agent/poste para um posto, na página do terminal (/borne/…) ou do ecrã (/ecran/…) do local para um terminal ou um ecrã. Não voltará a ser mostrado.
devices-name-label = Nome do novo posto
devices-name-error = Dê um nome ao posto (100 caracteres no máximo).
devices-create = Criar o posto
devices-table-caption = Dispositivos registados
devices-col-name = Nome
devices-col-kind = Tipo
devices-col-site = Local
devices-col-status = Estado
devices-col-last-seen = Última utilização
devices-col-actions = Ações
devices-status-pending = A aguardar registo
devices-status-enrolled = Registado
devices-status-revoked = Retirado
devices-revoke = Retirar { $name }

devices-new-workstation = Novo posto de trabalho
devices-new-site-device = Novo terminal ou novo ecrã
devices-site-device-help = Um terminal de senhas emite as senhas de um local; um ecrã da sala de espera mostra as suas chamadas. Cada um serve um único local.
devices-kind-label = Tipo de dispositivo
devices-site-label = Local
devices-site-choose = Escolher um local
devices-site-device-name-label = Nome do terminal ou do ecrã
devices-create-site-device = Criar o terminal ou o ecrã
devices-kind-workstation = Posto de trabalho
devices-kind-kiosk = Terminal de senhas
devices-kind-screen = Ecrã da sala de espera
devices-error-name = Dê um nome ao terminal ou ao ecrã (100 caracteres no máximo).
devices-error-site = Escolha o local do terminal ou do ecrã.
devices-error-kind = Escolha um terminal ou um ecrã.

devices-enrol-kiosk-title = Registar este terminal
devices-enrol-screen-title = Registar este ecrã
devices-enrol-intro = Este dispositivo ainda não está registado para este local. Introduza o código de registo dado por um administrador (página «Postos, terminais e ecrãs»). Só serve uma vez.
devices-enrol-code-label = Código de registo
devices-enrol-submit = Registar
devices-error-code = Este código não é válido aqui: está errado, já foi usado, expirou ou foi feito para outro dispositivo ou outro local.
devices-error-not-kiosk = As senhas do terminal só são emitidas por um terminal registado deste local. Não foi tirada nenhuma senha.
devices-error-priority-from-home = A prioridade declara-se no terminal de senhas ou junto de um atendedor, não a partir de casa. Não foi tirada nenhuma senha.
devices-priority-at-kiosk = Precisa de passar com prioridade (deficiência, gravidez, idade avançada, criança pequena)? Diga-o no terminal de senhas ou a um atendedor quando chegar.
