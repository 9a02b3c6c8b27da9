# 申请：申请表、表单提示、敏感信息审核、提交确认及申请人的申请状态页面。

apply-title = 申请：{ $title }
apply-back = 返回职位详情
apply-sensitive-title = 请勿提交敏感信息
apply-sensitive-intro = 请勿在申请表或简历中填写以下信息：
apply-sensitive-ids = 政府签发的身份证件号码，例如美国社会安全号码（SSN）或英国国民保险号码；
apply-sensitive-beliefs = 种族或民族出身、政治观点、宗教或其他信仰；
apply-sensitive-health = 健康、生物识别或基因信息；
apply-sensitive-other = 犯罪记录或工会会员身份。
apply-sensitive-check = 我们会检查您提交的内容中是否含有此类信息，并会在您的申请提交前请您进行核对。
form-errors-title = 请更正以下内容
apply-trap = 请勿填写此字段
field-full-name = 姓名
field-email = 电子邮箱
field-email-hint = 我们会将确认邮件以及用于跟踪申请进度的链接发送到此邮箱。
field-phone = 电话
field-optional = （选填）
field-country = 居住国家/地区
field-choose-country = 请选择国家/地区
field-dob = 出生日期
field-dob-hint = 仅用于核实您是否年满 18 周岁，核实后即予丢弃：不会被存储，也不会向任何人显示。因此，如果表单被退回，您需要重新填写出生日期。
field-resume = 简历
field-resume-hint = PDF、Word（.docx）或纯文本格式，不超过 { $mib } MB。
field-resume-again = 请重新上传。
field-cover-letter = 求职信
field-profile = 个人主页或作品集链接
consents = 同意事项
consent-privacy-html = 我已阅读<a href="{ $privacy_url }">招聘隐私声明</a>。
consent-transfer = 我同意将我提交给 { $company } 的申请传输至美国并在美国处理。
consent-transfer-hint = 如果您居住在美国境外，则必须勾选此项。
consent-talent-pool = 保留我的申请，以便任何 Panopto 公司考虑我担任其他职位。
consent-talent-pool-hint = 选填。我们会将您的申请保留 { $months } 个月，并在到期前提醒您。
apply-send = 提交申请

# 字段提示消息（domain/application.rs 等）。
name-required = 请输入您的姓名。
name-too-long = 姓名不能超过 200 个字符。
name-control = 您的姓名中含有不允许使用的字符（例如换行符）。
email-required = 请输入您的电子邮箱地址。
email-too-long = 电子邮箱地址不能超过 254 个字符。
email-invalid = 请输入有效的电子邮箱地址，例如 name@example.com。
phone-too-long = 电话号码不能超过 32 个字符。
phone-invalid = 电话号码只能包含数字、空格以及 + - ( )。
cover-letter-too-long = 求职信不能超过 10,000 个字符。
cover-letter-control = 求职信中含有不允许使用的字符。
url-invalid = 请输入以 https:// 开头的完整网址（或留空）。
dob-required = 请输入您的出生日期。
dob-format = 请按 YYYY-MM-DD 格式输入出生日期，例如 1990-04-23。
dob-check = 请检查您的出生日期。
country-required = 请选择您的居住国家/地区。
consent-privacy-required = 请确认您已阅读隐私声明。
consent-transfer-required = 居住在美国境外的申请人必须同意传输其申请。
resume-required = 请上传您的简历。
form-too-fast = 您填写表单的速度超出了正常人工填写的速度。请检查您填写的内容，然后重新提交。
resume-encrypted = 您的简历设有密码保护。请上传未设密码的版本。
resume-too-complex = 您的简历过于复杂，我们无法读取。请上传更简单的版本，例如用文字处理软件导出的 PDF。
resume-unreadable = 无法读取您的简历，文件可能已损坏：请重新导出，然后上传新文件。
resume-macros = 您的简历包含宏。请将其另存为普通 Word 文档（.docx，而非 .docm）或 PDF，然后上传该文件。
resume-objects = 您的简历包含嵌入对象或控件。请将其另存为不含这些内容的普通文档或 PDF，然后上传该文件。
resume-scripts = 您的简历包含脚本、附件或交互式内容。请上传普通文档，例如用文字处理软件打印或导出的 PDF。

# 以页面形式显示的拒绝提示。
underage-title = 申请人须年满 18 周岁
underage-text = 我们只能受理年满 18 周岁人士的申请。您提交的任何内容均未被保留。
unsupported-type-text = 我们仅接受 PDF、Word（.docx）或纯文本格式的简历。无论文件名如何，您选择的文件都不属于上述格式。您提交的任何内容均未被保留。
duplicate-title = 您已申请过此职位
duplicate-text = 我们已收到您对此职位的申请，因此未作任何更改。您可以通过我们发给您的邮件中的链接跟踪申请进度。
infected-title = 您的简历未通过病毒检查
infected-text = 我们的病毒扫描程序在您选择的文件中发现了恶意内容，因此我们已将其删除，您提交的任何内容均未被保留。请扫描您的电脑，保存一份干净的简历副本，然后重新申请。
scanner-down-title = 目前无法检查文件
scanner-down-text = 每份简历在被接收前都要经过病毒检查，而我们的扫描程序暂时没有响应。您提交的任何内容均未被保留。请几分钟后重试。
rate-limited-text = 过去一小时内，我们已收到来自您所在网络的多份申请。请稍后再试。
form-expired-text = 该表单已过期，或并非从本网站提交。请返回并刷新页面后重试。
honeypot-text = 无法受理您的申请。请刷新页面，并且只填写页面上可见的字段。
form-unchecked-text = 无法校验该表单。请刷新页面后重试。
review-expired = 此审核已过期或已被使用，您提交的内容已被删除。请重新申请。

# 敏感信息审核。
review-title = 请核对您的申请
review-intro-html = 您对 <strong>{ $title }</strong> 职位的申请<strong>尚未提交</strong>。我们发现了一些看似敏感的信息。我们评估您的申请时不需要这些信息，请您不要提交。
review-found = 发现的内容
review-where = 位置
review-what = 疑似类型
review-text = 文本（数字已遮盖）
review-expires = 此审核将在一小时后过期；过期后，您提交的内容将被删除。
review-edit = 返回修改
review-edit-hint = 您填写的内容会被保留；您需要重新填写出生日期并重新上传简历。
review-submit = 仍然提交
review-submit-hint = 审阅人员将看到系统发现了敏感信息，其中身份证件号码会被遮盖。
source-cover_letter = 求职信
source-resume = 简历
category-government_id = 政府签发的身份证件号码
category-payment_card = 支付卡号
category-racial_or_ethnic_origin = 种族或民族出身
category-political_opinions = 政治观点
category-religion_or_beliefs = 宗教或信仰
category-health = 健康
category-biometric = 生物识别数据
category-genetic = 基因数据
category-criminal_background = 犯罪记录
category-trade_union = 工会会员身份

# 提交之后。
sent-title = 申请已提交
sent-heading = 感谢您：您的申请已提交
sent-reference-html = 您的申请编号为 <strong class="reference">{ $reference }</strong>。
sent-text = 我们已向您发送一封电子邮件，其中包含一个专属链接，您可以通过它跟踪申请进度；如果您改变主意，也可以通过它撤回申请。如果几分钟内未收到邮件，请检查您的垃圾邮件文件夹。
sent-more-jobs = 查看其他开放职位
status-title = 您的申请
status-job = 职位
status-reference = 申请编号
status-sent = 提交时间
status-status = 状态
status-withdraw-text = 如果您不再希望应聘此职位，可以撤回申请。撤回后无法恢复；您的数据将在 30 天后被删除。
status-withdraw = 撤回我的申请
status-rights-html = 如需查看、更正或删除我们持有的关于您的全部数据，请参阅<a href="{ $rights_url }">隐私声明</a>。
status-withdrawn = 您的申请已撤回。
status-not-withdrawable = 此申请已无法撤回。
stage-submitted = 已收到：等待审核
stage-screening = 审核中
stage-interview = 审核中
stage-offer = 已发出录用通知
stage-hired = 已录用
stage-rejected = 未入选
stage-withdrawn = 已由您撤回
