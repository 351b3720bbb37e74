### 语言面板：市政厅接待窗口使用的核定语句（简体中文译文）。
### 工作人员朗读法语句子；来访者在全屏上看到并听到用自己语言说出的句子。
### 来访者点击回答（answer-… 消息）进行回复。
###
### 原文为 locales/fr/phrasebook.ftl，其中的说明同样适用于本文件。
### - 统一使用“您”。
### - 法语文件和手续名称保留法语原文，后面用括号加简短中文说明。
### - 中文没有语法性别：含 $gender 的消息只保留一个 *[other] 变体。
### - 中文复数只用 *[other]。

## 情景

phrasebook-situation-welcome = 接待与指引
phrasebook-situation-queue = 等候与排队
phrasebook-situation-identity = 身份证和护照
phrasebook-situation-civil-status = 户籍文书
phrasebook-situation-school = 入学登记与幼儿服务
phrasebook-situation-planning = 城市规划
phrasebook-situation-social = 社会救助（CCAS）
phrasebook-situation-payments = 付款与收费
phrasebook-situation-appointments = 预约
phrasebook-situation-documents = 需要携带的材料
phrasebook-situation-understanding = 确认理解
phrasebook-situation-safety = 安全与紧急情况
phrasebook-situation-closing = 结束办理

## 材料清单

# $documents 清单中各项之间的分隔符：顿号，不加空格。
phrasebook-list-comma = 、
# 最后一项与前面各项的连接方式。
phrasebook-list-and = { $first }和{ $last }

## 来访者的回答（所有情景通用）

answer-yes = 是的
answer-no = 不是
answer-dont-understand = 我不明白
answer-repeat = 请您再说一遍，好吗？
answer-slower = 请说慢一点
answer-interpreter = 我需要翻译
answer-wait = 请稍等
answer-write = 您能写下来吗？

## 接待与指引

phrase-welcome-hello = 您好，欢迎来到市政厅。
phrase-welcome-how-help = 请问有什么可以帮您？
phrase-welcome-which-procedure = 请问您要办理什么事务？
phrase-welcome-screen = 我们将用这个屏幕来互相沟通。
phrase-welcome-tap-answer = 您可以点击屏幕上的回答来回复。
phrase-welcome-have-appointment = 您有预约吗？
phrase-welcome-take-ticket = 请在入口处的取号机取号。
phrase-welcome-handle-here = 您的事情我可以在这个窗口直接办理。
phrase-welcome-go-to-desk = 请到 { $desk } 办理。
phrase-welcome-service-ground-floor = “{ $service }”部门在一楼，与入口在同一层。
phrase-welcome-service-first-floor = “{ $service }”部门在入口往上一层（法国称为“1楼”）。
phrase-welcome-service-second-floor = “{ $service }”部门在入口往上两层（法国称为“2楼”）。
phrase-welcome-service-other-building = “{ $service }”部门在另一栋楼：{ $place }。
phrase-welcome-transfer = “{ $service }”部门的工作人员会来接待您。
phrase-welcome-not-here = 这项事务不在市政厅办理。
phrase-welcome-other-office = 办理这项事务，请到以下机构：{ $place }。
phrase-welcome-online = 这项事务也可以在网上办理。
phrase-welcome-france-services = France Services（政府设立的公共服务咨询点）可以帮助您办理 CAF（家庭补助基金）、税务或退休金方面的事务。
phrase-welcome-toilets = 洗手间在走廊尽头。

answer-welcome-appointment = 我有预约
answer-welcome-information = 我来咨询一下
answer-welcome-toilets = 洗手间在哪里？

## 等候与排队

phrase-queue-wait-room = 请在等候室等候。
phrase-queue-sit-down = 您可以先坐下。
phrase-queue-screen = 您的号码会和窗口号一起显示在屏幕上。
phrase-queue-people-ahead = { $count ->
   *[other] 您前面还有 { $count } 人。
 }
phrase-queue-registered = { $gender ->
   *[other] 您已经登记排队了。
 }
phrase-queue-next = { $gender ->
   *[other] 下一位就是您。
 }
phrase-queue-your-turn = 轮到您了：请到 { $desk } 办理。
phrase-queue-wait-short = 需要等几分钟。
phrase-queue-wait-long = 今天需要等候较长时间。
phrase-queue-sorry = 让您久等了，非常抱歉。
phrase-queue-priority-question = { $gender ->
   *[other] 您需要优先办理吗？
 }
phrase-queue-priority-rule = 残障人士、孕妇和老年人可以优先办理。
phrase-queue-sms = 您可以在外面等候：快轮到您时，您会收到短信。
phrase-queue-follow-phone = 您可以用号票上的二维码在手机上查看排队进度。
phrase-queue-missed = 您的号码已经叫过了。请到取号机重新取号。
phrase-queue-closing-soon = 接待处即将关闭。今天我们不能再接待新的来访者了。
phrase-queue-come-back = 请在 { $date } 再来，{ $time } 开始接待。
phrase-queue-appointment-faster = 提前预约的话，等候时间会更短。

answer-queue-how-long = 我要等多久？
answer-queue-priority = 我需要优先办理
answer-queue-come-back = 我晚点再来

## 身份证和护照

phrase-identity-appointment-only = 办理身份证和护照必须预约。
phrase-identity-pre-application = 请先在 ANTS 网站（法国身份证件官方网站）上在线填写 pré-demande（预申请）。
phrase-identity-pre-application-number = 请带上 pré-demande（预申请）编号，或带二维码的申请摘要页。
phrase-identity-bring = 办理身份证或护照，请携带：{ $documents }。
phrase-identity-photo-rules = 证件照须为 6 个月内拍摄，不戴帽子或头饰，表情自然，嘴巴闭合。
phrase-identity-photo-booth = 如在认证的自助照相亭拍照，请保留 e-photo 代码。
phrase-identity-photo-count = { $count ->
   *[other] 请带 { $count } 张证件照。
 }
phrase-identity-old-document = 请带上您的旧身份证或旧护照。
phrase-identity-fingerprints = 我们现在要采集您的指纹。
phrase-identity-signature = 请在框内签名，不要碰到边线。
phrase-identity-child-present = 申请当天，孩子必须到场。
phrase-identity-parent-present = 未成年人申请时，须有一位家长陪同，并携带家长本人的身份证件。
phrase-identity-passport-fee = 办理护照需要 timbre fiscal（印花税票，可在网上或烟草店购买）：{ $amount }。
phrase-identity-loss-fee = 如果身份证遗失或被盗，需要 timbre fiscal（印花税票）：{ $amount }。
phrase-identity-renewal-free = 如果您交回旧身份证，换发新身份证是免费的。
phrase-identity-loss-declaration = 如果您的身份证或护照丢失了，我们会在这里为您办理遗失声明，同时办理新的申请。
phrase-identity-theft-police = 如果证件被盗，请先到警察局或宪兵队报案。
phrase-identity-delay = { $days ->
   *[other] 目前制作证件大约需要 { $days } 天。
 }
phrase-identity-sms-ready = 证件办好后，您会收到短信。
phrase-identity-collect-in-person = 您必须本人来领取证件。
phrase-identity-collect-3-months = 请在 3 个月内领取证件。超过 3 个月，证件将被销毁。
phrase-identity-collect-appointment = 请于 { $date } { $time } 来领取证件。地点：{ $place }。
phrase-identity-french-only = 法国身份证和法国护照只发给具有法国国籍的人。
phrase-identity-residence-permit = 办理 titre de séjour（外国人居留证），请到省政府（préfecture）。

answer-identity-lost = 我的证件丢了
answer-identity-stolen = 我的证件被偷了
answer-identity-no-pre-application = 我还没有填写 pré-demande

## 户籍文书

phrase-civil-status-which-certificate = 您需要哪种证明：出生证明、结婚证明还是死亡证明？
phrase-civil-status-full-copy = copie intégrale（全文副本）包含该文书的全部信息。
phrase-civil-status-extract = extrait（摘录本）只包含该文书的部分信息。
phrase-civil-status-extract-parents = extrait avec filiation（含父母信息的摘录本）还写明父母的姓名。
phrase-civil-status-who-can = copie intégrale（全文副本）只发给本人、本人的父母、子女或配偶。
phrase-civil-status-where = 文书须向出生、结婚或死亡所在城市的市政厅申请。
phrase-civil-status-born-abroad = { $gender ->
   *[other] 您是在国外出生的吗？
 }
phrase-civil-status-nantes = 在国外出生的法国人，须向位于南特的 Service central d'état civil（中央户籍处）申请文书。
phrase-civil-status-refugee = 难民的户籍文书由 OFPRA（法国难民和无国籍人保护局）签发。
phrase-civil-status-online = 您可以在 service-public.fr 网站上在线申请文书。
phrase-civil-status-post = 您也可以邮寄申请，请附上一个贴好邮票、写好您地址的信封。
phrase-civil-status-free = 户籍文书是免费的。
phrase-civil-status-delay = { $days ->
   *[other] 您大约会在 { $days } 天后通过邮寄收到文书。
 }
phrase-civil-status-family-book = 请带上您的 livret de famille（家庭户籍簿：记录婚姻和子女出生的官方小册子）。
phrase-civil-status-family-book-update = 我们需要更新您的 livret de famille（家庭户籍簿）。
phrase-civil-status-bring = 办理这份文书，请携带：{ $documents }。
phrase-civil-status-birth-declaration = 孩子出生后，须在 5 天内到市政厅申报。
phrase-civil-status-condolences = 我向您表示深切的哀悼。
phrase-civil-status-death-declaration = 殡仪公司可以代您办理死亡申报。
phrase-civil-status-marriage-file = 如果您要结婚，请先向市政厅递交 dossier de mariage（结婚申请材料）。

answer-civil-status-birth = 我想要出生证明
answer-civil-status-marriage = 我想结婚
answer-civil-status-death = 我的一位家人去世了

## 入学登记与幼儿服务

phrase-school-town-hall-first = 入学登记先在市政厅办理，然后再到学校办理。
phrase-school-compulsory = 孩子年满 3 岁起必须上学。
phrase-school-bring = 办理入学登记，请携带：{ $documents }。
phrase-school-children-count = { $count ->
   *[other] 您要为 { $count } 个孩子登记。
 }
phrase-school-proof-address = 请带一份 3 个月以内的 justificatif de domicile（住址证明，如账单、房租收据等）。
phrase-school-vaccinations = 请带上孩子的 carnet de santé（儿童健康手册），疫苗须按时接种。
phrase-school-birth-proof = 请带上 livret de famille（家庭户籍簿）或孩子的出生证明。
phrase-school-sector = 您的孩子将在您所住街区的学校上学。
phrase-school-certificate = 这是 certificat d'inscription（入学登记证明）。请交给学校的校长。
phrase-school-canteen = 您的孩子中午可以在学校食堂吃饭。
phrase-school-quotient = 食堂价格取决于您的 quotient familial（根据收入和家庭人数计算的家庭系数）。
phrase-school-caf-number = 请告诉我们您的 CAF（家庭补助基金）受益人编号，以便计算 quotient familial。
phrase-school-meal-price = 食堂每餐 { $amount }。
phrase-school-periscolaire = accueil périscolaire（课前课后托管）在上课前和放学后照看孩子。
phrase-school-leisure-centre = centre de loisirs（儿童活动中心）在每周三和假期接待孩子。
phrase-school-creche-waiting-list = 我为您登记 crèche（3 岁以下的托儿所）的候补名单。
phrase-school-creche-commission = crèche（托儿所）的名额由一个委员会分配。
phrase-school-childminder = Relais Petite Enfance（幼儿服务中心）可以帮您找一位 assistante maternelle（有资质、在自己家中照看孩子的保育员）。
phrase-school-family-portal = 您可以在市政厅的 portail famille（家庭服务网站）上办理登记。

answer-school-register = 我想给孩子办入学登记
answer-school-creche = 我想找托儿所的名额
answer-school-canteen = 我想给孩子登记食堂

## 城市规划

phrase-planning-what-works = 您想进行什么施工？
phrase-planning-owner-question = 您是房主还是租户？
phrase-planning-tenant-agreement = 如果您是租户，需要房东的书面同意。
phrase-planning-prior-declaration = 小型施工需要提交 déclaration préalable（施工事先申报）。
phrase-planning-building-permit = 建房或大面积扩建需要 permis de construire（建筑许可证）。
phrase-planning-wait-authorisation = 取得许可之前，请不要开工。
phrase-planning-plu = 地方城市规划，即 PLU，规定了您的土地上可以建造什么。
phrase-planning-cadastre = plan cadastral（地籍图）标明您土地的边界。
phrase-planning-cadastre-online = 您可以在 cadastre.gouv.fr 网站上查看 plan cadastral（地籍图）。
phrase-planning-consult-plans = 您可以预约到城市规划部门查阅图纸。
phrase-planning-online = 您可以在网上递交申请材料。
phrase-planning-copies = { $count ->
   *[other] 申请材料请递交 { $count } 份。
 }
phrase-planning-bring = 准备申请材料，请携带：{ $documents }。
phrase-planning-receipt = 这是 récépissé（递交回执）。请保存好。
phrase-planning-prior-declaration-delay = déclaration préalable（事先申报）一般在一个月内答复。
phrase-planning-permit-delay = 住宅的 permis de construire（建筑许可证）一般在两个月内答复。
phrase-planning-answer-in-days = { $days ->
   *[other] 您的申请正在审核中。大约 { $days } 天后会有答复。
 }
phrase-planning-incomplete = 您的申请材料不全。您会收到一封信，上面列出缺少的材料。
phrase-planning-architect = 面积超过 150 平方米，必须聘请建筑师。
phrase-planning-display = 施工期间，请始终在工地上用告示牌公示许可。
phrase-planning-completion = 完工后，请寄送 déclaration d'achèvement des travaux（完工申报）。
phrase-planning-appointment = 城市规划部门的工作人员将于 { $date } { $time } 接待您。地点：{ $place }。

answer-planning-works = 我想进行施工
answer-planning-owner = 我是房主
answer-planning-tenant = 我是租户

## 社会救助（CCAS）

phrase-social-ccas = CCAS（市社会福利中心）是本市的社会救助部门。
phrase-social-confidential = 您在这里说的一切都会保密。
phrase-social-appointment-needed = 要申请救助，需要预约社工。
phrase-social-appointment = 您在 CCAS 的预约时间是 { $date } { $time }。地点：{ $place }。
phrase-social-worker-will-call = 社工会给您打电话。
phrase-social-worker-call-days = { $days ->
   *[other] 社工最迟会在 { $days } 天内给您打电话。
 }
phrase-social-phone = 您的电话号码是多少？
phrase-social-bring = 申请救助，请携带：{ $documents }。
phrase-social-hosted = { $gender ->
   *[other] 您是借住在别人家吗？
 }
phrase-social-domiciliation = 如果您没有固定住址，CCAS 可以为您提供 domiciliation（用于接收邮件的通信地址）。
phrase-social-domiciliation-mail = 有了 domiciliation（通信地址），您的信件会寄到 CCAS，您到那里领取。
phrase-social-food-aid = CCAS 可以为您介绍食品援助。
phrase-social-food-place = 领取食品援助，请到这个地点：{ $place }。
phrase-social-energy = 如果您付不起电费或燃气费，可以申请补助。
phrase-social-energy-cheque = 您可能有资格领取 chèque énergie（能源补贴券）。
phrase-social-housing = 申请社会住房，需要填写 demande de logement social（社会住房申请表）。
phrase-social-emergency-shelter = 如果您今晚没有地方睡觉，请拨打 115。电话免费。
phrase-social-caf = 关于 RSA（最低收入补助）和各类补助，也请联系 CAF（家庭补助基金）。

answer-social-no-home = 我没有住处
answer-social-no-food = 我没有钱吃饭
answer-social-bills = 我付不起账单

## 付款与收费

phrase-payments-amount = 应付金额：{ $amount }。
phrase-payments-how = 您想怎么付款？
phrase-payments-methods = 您可以用银行卡、支票或现金付款。
phrase-payments-no-cash = 我们不收现金。
phrase-payments-cheque-order = 支票收款人请写：Trésor public（法国国库）。
phrase-payments-card-code = 请插入银行卡并输入密码。
phrase-payments-contactless = 您可以使用非接触式支付。
phrase-payments-card-refused = 付款被拒绝。您还有其他付款方式吗？
phrase-payments-tax-stamp = timbre fiscal（印花税票）可以在 timbres.impots.gouv.fr 网站上购买，也可以在烟草店购买。
phrase-payments-free = 办理这项事务是免费的。
phrase-payments-paid = 您已支付 { $amount }。谢谢。
phrase-payments-remaining = 您还需支付 { $amount }。
phrase-payments-instalments = { $count ->
   *[other] 您可以分 { $count } 次付款。
 }
phrase-payments-invoice = 您会通过邮寄收到账单。
phrase-payments-online = 您也可以在 portail famille（家庭服务网站）上在线付款。
phrase-payments-receipt-question = 您需要收据吗？
phrase-payments-difficulty = 如果您付款有困难，CCAS（市社会救助部门）可以帮助您。

answer-payments-card = 我想刷卡付款
answer-payments-cash = 我想付现金
answer-payments-cannot-pay = 我现在付不了钱

## 预约

phrase-appointments-date-time-place = 您的预约时间是 { $date } { $time }。地点：{ $place }。
phrase-appointments-only = 这项事务只能预约办理。
phrase-appointments-book-online = 您可以在网上或打电话预约。
phrase-appointments-book-now = 我现在就为您预约。
phrase-appointments-first-free = 最早的空闲时间是 { $date } { $time }。
phrase-appointments-suits = 这个日期您方便吗？
phrase-appointments-in-days = { $days ->
   *[other] 您的预约在 { $days } 天后。
 }
phrase-appointments-moved = 您的预约已改到 { $date } { $time }。
phrase-appointments-early = 请提前 10 分钟到。
phrase-appointments-cancel = 如果您不能来，请取消预约。
phrase-appointments-phone = 您的手机号码是多少？
phrase-appointments-sms = 您会收到一条确认短信，预约前一天还会收到提醒。
phrase-appointments-link = 通过短信里的链接，您可以改期或取消预约。
phrase-appointments-bring = 预约时请携带：{ $documents }。
phrase-appointments-bring-on-date = 预约日期：{ $date }。请携带：{ $documents }。
phrase-appointments-interpreter = 您预约时会有翻译在场。
phrase-appointments-no-slot = 目前没有空闲的预约时间。
phrase-appointments-waitlist = { $gender ->
   *[other] 您已登记在候补名单上。如果有空位，我们会发短信通知您。
 }
phrase-appointments-expected = { $gender ->
   *[other] 请到 { $desk }，工作人员正在等您。
 }
phrase-appointments-missed = 您的预约时间已经过了。需要重新预约。

answer-appointments-ok = 这个日期可以
answer-appointments-other-time = 我想换个时间
answer-appointments-cancel = 我想取消预约

## 需要携带的材料

phrase-documents-bring = 办理这项事务，请携带：{ $documents }。
phrase-documents-originals-copies = 请带上原件，以及每份材料的一份复印件。
phrase-documents-originals = 我们需要材料原件。
phrase-documents-proof-address = justificatif de domicile（住址证明）必须是 3 个月以内的。
phrase-documents-proof-address-examples = 可以作为 justificatif de domicile（住址证明）的有：电费、燃气费、水费或电话费账单，或 quittance de loyer（房租收据）。
phrase-documents-hosted = { $gender ->
   *[other] 如果您借住在别人家，请带上 attestation d'hébergement（留宿您的人出具的证明信），以及此人的身份证件和住址证明。
 }
phrase-documents-name = 住址证明上必须是您本人的名字。
phrase-documents-missing = 还缺：{ $documents }。
phrase-documents-missing-count = { $count ->
   *[other] 还缺 { $count } 份材料。
 }
phrase-documents-received-count = { $count ->
   *[other] 我已收到 { $count } 份材料。
 }
phrase-documents-come-back = 请带齐缺少的材料再来。
phrase-documents-expired = 这份材料已经失效了。
phrase-documents-too-old = 这份材料已超过 3 个月。需要更近期的材料。
phrase-documents-keep-copy = 我们留一份复印件，原件还给您。
phrase-documents-scan = 我来复印一下您的材料。
phrase-documents-translation = 外文材料必须由宣誓翻译（经法院认可的官方翻译）译成法文。
phrase-documents-email = 您可以通过电子邮件发送材料。

answer-documents-not-have = 我没有这份材料
answer-documents-at-home = 材料在我家里
answer-documents-on-phone = 材料在我手机里

## 确认理解

phrase-understanding-do-you-understand = 您明白了吗？
phrase-understanding-repeat-back = 您能说一下您理解的意思吗？
phrase-understanding-show-document = 请给我看一下这份材料。
phrase-understanding-tap = 请在屏幕上点击您的回答。
phrase-understanding-point = 您可以用手指指给我看。
phrase-understanding-nod = 您可以点头或摇头来回答：是或不是。
phrase-understanding-ready = { $gender ->
   *[other] 您准备好了吗？
 }
phrase-understanding-sure = { $gender ->
   *[other] 您确定吗？
 }
phrase-understanding-question = 您有什么问题吗？
phrase-understanding-slower = 我会说慢一点。
phrase-understanding-write = 我把它写在纸上给您。
phrase-understanding-read-aloud = 需要我把这份材料读给您听吗？
phrase-understanding-language = 您说什么语言？
phrase-understanding-someone-translate = 有人可以为您翻译吗？
phrase-understanding-phone-interpreter = 我现在打电话请一位翻译。
phrase-understanding-take-time = 您慢慢来，不着急。

answer-understanding-understood = 我明白了
answer-understanding-partly = 我懂一点
answer-understanding-question = 我有一个问题

## 安全与紧急情况

phrase-safety-calm = 请保持冷静。
phrase-safety-doctor = 您需要医生吗？
phrase-safety-hurt = { $gender ->
   *[other] 您受伤了吗？
 }
phrase-safety-pain = 您哪里疼？
phrase-safety-alone = { $gender ->
   *[other] 您是一个人吗？
 }
phrase-safety-sit = 请坐在这里。
phrase-safety-water = 您要喝杯水吗？
phrase-safety-calling-help = 我们正在呼叫急救人员。
phrase-safety-help-coming = 急救人员马上就到。
phrase-safety-evacuate = 我们必须马上离开这栋楼。
phrase-safety-follow-me = 请跟我来。
phrase-safety-exit = 请从这扇门出去。
phrase-safety-no-lift = 请不要乘坐电梯。
phrase-safety-assembly-point = 请到室外的集合点等候。
phrase-safety-lift = 这里有电梯可以上楼。
phrase-safety-lower-voice = 请小声一点说话。
phrase-safety-emergency-number = 紧急情况请拨打 112。电话免费。
phrase-safety-violence = 如果您遭受暴力，请拨打 3919。电话免费且匿名。

answer-safety-doctor = 我需要医生
answer-safety-unwell = 我不舒服
answer-safety-danger = 我有危险

## 结束办理

phrase-closing-anything-else = 还有什么我可以帮您的吗？
phrase-closing-other-question = 您还有其他问题吗？
phrase-closing-receipt = 这是您的收据。
phrase-closing-acknowledgement = 这是您申请的 récépissé（递交回执）。请保存好。
phrase-closing-reference = 请保存好您的申请编号：可以用它查询办理进度。
phrase-closing-follow-online = 您可以在市政厅网站上在线查询申请进度。
phrase-closing-letter = 您会通过邮寄收到答复。
phrase-closing-next-time-bring = 下次请携带：{ $documents }。
phrase-closing-see-you = 我们 { $date } { $time } 再见。
phrase-closing-well-received = { $gender ->
   *[other] 您对今天的接待满意吗？
 }
phrase-closing-survey = 您愿意填写一份简短的满意度调查吗？
phrase-closing-survey-sms = 您会收到一条短信，请您留下意见。
phrase-closing-come-back = 如有需要，欢迎再来。
phrase-closing-contact = 您也可以给我们打电话或写信。
phrase-closing-thanks = 感谢您的来访。
phrase-closing-goodbye = 再见，祝您愉快。

answer-closing-thanks = 非常感谢
answer-closing-other-question = 我还有一个问题
answer-closing-goodbye = 再见
