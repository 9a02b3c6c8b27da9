# 招聘隐私声明、Cookie 页面以及申请人的隐私请求。

privacy-title = 招聘隐私声明
privacy-lead = 本声明说明您通过本网站申请职位时向我们提供的信息将如何处理：我们收集哪些信息、出于何种目的、谁能看到、存储在哪里、保留多长时间，以及您可以采取哪些措施。
privacy-toc = 本页内容
privacy-who = 我们是谁
privacy-what = 我们收集哪些信息
privacy-why = 我们为何使用这些信息
privacy-sharing = 谁能看到这些信息
privacy-transfer = 信息存储在哪里
privacy-minors = 未满 18 周岁的申请人
privacy-sensitive = 敏感信息
privacy-retention = 我们保留多长时间
privacy-rights = 您的权利及行使方式
privacy-security = 安全
privacy-contact = 联系我们
privacy-who-text = Panopto 通过多家公司招聘员工。发布职位的公司即是您所申请的公司，并由该公司决定如何处理您的申请：
privacy-who-runs = 位于美国西雅图的 Panopto, Inc. 为上述所有公司运营本招聘网站。
privacy-what-form = 您在申请表中填写的内容：姓名、电子邮箱地址、电话号码（选填）、居住国家/地区、求职信和个人主页链接（后两项均为选填）。
privacy-what-resume = 您的简历（即您上传的文件），以及我们从中读取的文本，以便审阅人员搜索和预览。
privacy-what-choices = 您的选择：您已阅读本声明、您对下文所述传输的同意，以及您是否希望被考虑担任其他职位。
privacy-what-process = 您的申请的处理情况：所处阶段、审阅人员撰写的备注和评分、您的面试及面试官的反馈，以及向您发出的任何录用通知。
privacy-what-dob = 我们要求您提供出生日期，仅为核实您是否年满 18 周岁。我们在接收您的表单期间使用出生日期进行该项核实，随后即予丢弃：出生日期绝不会被存储，绝不会被写入我们的日志，也绝不会向任何人显示。我们只保留核实已通过这一事实及核实时间。
privacy-what-ip = 与所有网站一样，我们的服务器能够看到您的 IP 地址。我们仅为阻止大量自动化提交而使用 IP 地址，使用时间很短，且采用无法还原的形式。我们不使用任何分析或广告工具。
privacy-why-text = 我们使用您的信息来评估您是否适合所申请的职位、就此与您联系，以及保存劳动雇佣相关法律要求我们保存的记录。如果您选择加入，我们还会在有限期限内考虑您担任任何 Panopto 公司的其他职位。我们不会将您的信息用于营销，也不会出售您的信息。
privacy-sharing-text = 仅限确有需要的人员：发布该职位的公司的招聘专员和用人经理、被指派负责该职位的经理，以及负责记录管理、数据保留和隐私请求的一个小型人力资源团队。除非您同意被考虑担任其他职位，否则其他 Panopto 公司的员工不会看到您的申请。员工每次打开申请或下载简历，都会被记录在案。
privacy-sharing-outside = 我们不会与 Panopto 以外的任何方共享申请，但根据合同并在保密义务约束下为我们运营系统的服务提供商，以及法律要求我们共享的情形除外。
privacy-transfer-text = 无论您申请的是哪家公司，您通过本网站提交的所有内容均在美国存储和处理。如果您居住在美国境外，我们会在受理您的申请之前，请您明确同意上述传输，以及由发布该职位的 Panopto 公司进行处理。未经您的同意，我们无法处理您的申请。
privacy-minors-text = 您必须年满 18 周岁才能申请。如果年龄核实显示您未满 18 周岁，您的申请将被拒绝，您提交的任何内容都不会被保留。如果我们事后得知某位申请人未满 18 周岁，我们会立即删除其申请。
privacy-sensitive-text = 请勿向我们提交敏感信息：政府签发的身份证件号码（例如美国社会安全号码）、种族或民族出身、政治观点、宗教或其他信仰、健康、生物识别或基因数据、犯罪记录或工会会员身份。我们评估您的申请时不需要这些信息。在您申请时，我们会在您的表单和简历中查找此类信息；如有发现，我们会向您展示所发现的内容，以便您在提交申请前将其删除。
privacy-retention-rejected = 如果您未获录用，我们会在作出决定一年后对您的申请进行匿名化处理：删除您的姓名、联系方式、求职信、简历和审阅人员的备注，仅保留不含您身份信息的统计数据。
privacy-retention-withdrawn = 如果您撤回申请，我们会在 30 天后将其删除。
privacy-retention-pool = 如果您同意被考虑担任其他职位，我们会将您的申请保留 { $months } 个月，在该期限届满前提醒您，并在届满时对其进行匿名化处理，除非您续期同意。
privacy-retention-hired = 如果您被录用，您的申请将转入您的员工档案，员工档案适用另一份单独的声明。
privacy-retention-legal = 在法律有此要求时（例如在法律纠纷期间），我们可能需要将申请保留更长时间。在此类义务存续期间，您的数据会被保留并受到保护；义务终止时即予删除。
privacy-rights-text = 您可以要求查看我们持有的关于您的数据（并获取一份可供下载的副本），要求更正或删除这些数据，或撤回您的申请。为确保只有您本人才能提出这些要求，每项请求都需要通过我们发送到您申请时所用电子邮箱地址的链接进行确认，且仅适用于与该地址关联的数据。
privacy-rights-form-html = 请使用<a href="{ $form_url }">隐私请求表单</a>，或写信联系我们（见下文）。我们会在 30 天内答复。应您的要求删除您的数据后，我们会向您发送一份回执，说明删除了哪些内容以及保留了哪些匿名记录。您的申请确认邮件中也附有一个专属链接，可用于查看申请状态和撤回申请。
privacy-rights-authority = 如果您居住在英国、欧洲经济区或其他制定了数据保护法律的国家/地区，您还可以向当地的数据保护监管机构投诉。
privacy-security-text = 只有已登录且确有知悉必要的员工，才能通过加密连接访问申请。简历以非公开方式存储，绝不会被公开发布。没有任何系统是绝对安全的，但我们会根据您的信息的敏感程度，尽力对其加以保护。
privacy-contact-html = 有关您的数据的问题或请求：请发送电子邮件至 <a href="mailto:{ $email }">{ $email }</a>，或邮寄至 Panopto, Inc.（收件人：数据保护官，Data Protection Officer），地址：506 2nd Avenue, Suite 1600, Seattle, WA 98104, United States。
privacy-updated = 我们的做法发生变化时，我们会更新本声明，并在此处显示最近一次变更的日期。最近更新：{ $date }。
privacy-translation-html = 本译文仅为方便您阅读而提供；如与<a href="{ $english_url }">英文版声明</a>存在差异，以英文版为准。

cookies-title = Cookie
cookies-intro = 本网站仅设置其正常运行所必需的 Cookie。本网站不使用任何分析、广告或跟踪 Cookie，也不从其他网站加载任何内容。
cookies-caption = 本网站设置的 Cookie
cookies-name = 名称
cookies-why = 用途
cookies-how-long = 有效期
cookies-who = 适用对象
cookies-outro = 由于这些 Cookie 是严格必要的，我们在设置时不会征求您的同意。您可以在浏览器中阻止或删除 Cookie；但这样一来，员工登录和表单提交将无法正常使用。
cookie-csrf-purpose = 保护您提交的表单（申请、隐私请求、员工表单），防范跨站请求伪造攻击。
cookie-csrf-lifetime = 一周
cookie-csrf-who = 所有打开表单的人
cookie-flash-purpose = 将一次性消息（例如“您的请求已发送”）带到下一个页面，随后即被删除。
cookie-flash-lifetime = 消息显示后立即删除
cookie-flash-who = 所有人（提交表单后）
cookie-session-purpose = 保持员工的登录状态。已加密，脚本无法读取。
cookie-session-lifetime = 在一段时间无操作后、最长一个工作日后或退出登录时失效
cookie-session-who = 仅限员工
cookie-sso-purpose = 仅用于员工单点登录：在前往贵公司登录服务并返回的过程中保存登录信息，之后保存用于在该处退出登录的信息。已加密，脚本无法读取。
cookie-sso-lifetime = 登录进行中为十分钟；之后直到退出登录，最长一个工作日
cookie-sso-who = 使用公司账户登录的员工

request-title = 您的数据：提交请求
request-heading = 查看、更正或删除您的数据
request-intro = 请告诉我们您申请时使用的电子邮箱地址，以及您希望我们执行的操作。如果我们持有与该地址相关的数据，我们会向该地址发送一个链接；只有在您打开链接并确认后，请求才会执行。该链接仅可使用一次，有效期为 24 小时。
request-email = 申请时使用的电子邮箱地址
request-kind = 您希望我们执行什么操作？
request-kind-access = 查看并下载我的数据
request-kind-correction = 更正我的联系方式
request-kind-deletion = 删除我的数据
request-kind-withdraw = 撤回我所有进行中的申请
request-kind-required = 请选择您希望我们执行的操作。
request-send = 向我发送链接
request-footer-html = 我们如何使用和保留您的数据：请参阅<a href="{ $privacy_url }">招聘隐私声明</a>。对于每项已确认的请求，我们都会在 30 天内答复。
requested-title = 请查收电子邮件
requested-text = 如果我们持有与此地址相关的数据，我们已向其发送了一个链接。请在 24 小时内打开该链接以确认您的请求；在您确认之前，不会执行任何操作。
requested-spam = 如果几分钟内未收到邮件，请检查您的垃圾邮件文件夹。如果我们未持有与此地址相关的任何数据，则不会发送邮件。
request-rate-limited = 过去一小时内，我们已收到来自您所在网络的多项请求。请稍后再试。
link-gone-title = 此链接已失效
link-gone-text = 此链接已过期或已被使用。您可以通过隐私请求表单重新提交请求。
see-open-jobs = 查看开放职位

verify-title = 确认您的请求
verify-access-text-html = 下载一个压缩包（ZIP），其中包含我们保存的与您的电子邮箱地址相关的全部内容：一个 <code>data.json</code> 文件，内含您的联系方式、您的申请及其历史记录和审阅人员的备注、您的面试及关于您的反馈、我们发给您的邮件以及您的隐私请求；另外还包含您提交的简历文件。
verify-download = 下载我的数据
verify-access-once = 此链接仅可使用一次：请妥善保存压缩包。
verify-correction-text = 更正我们持有的您的联系方式。更正将适用于您的所有申请。
verify-transfer = 我同意将我的申请传输至美国并在美国处理。
verify-save = 保存我的信息
verify-deletion-text = 我们将删除所持有的与您的电子邮箱地址相关的全部内容：{ $count } 份申请及其简历、求职信、审阅人员的备注、评分、面试、反馈和阶段历史记录，您的联系方式，任何等待您核对的提交内容，以及我们发给您的邮件。
verify-deletion-kept = 我们会保留以下内容：针对每份申请，在审计日志中保留一条记录，载明该申请系应您的要求而删除以及删除时间，其中不含您的姓名、电子邮箱地址或任何其他与您有关的信息；对于此前已匿名化处理的申请，仅保留其匿名概要（职位、公司、日期和阶段），用于招聘统计；以及本次请求的类型和日期。您将通过电子邮件收到一份回执，此后我们将不再保留您的电子邮箱地址。
verify-deletion-hold = 如果法律义务要求我们保留您的部分数据，或者向您发出的录用通知仍未了结，我们会立即删除其余数据，并在允许时尽快删除剩余部分：除非该义务持续的时间更长，否则将在 30 天内删除；我们会告知您相关情况。
verify-delete = 删除我的数据
cannot-undo = 此操作无法撤销。
verify-withdraw-text = { $count ->
    [0] 我们将撤回您所有仍在进行中的申请：您目前没有进行中的申请。已撤回的申请将不再被考虑，并会在 30 天后删除。
   *[other] 我们将撤回您的 { $count } 份进行中的申请。已撤回的申请将不再被考虑，并会在 30 天后删除。
}
verify-withdraw = 撤回我的申请

done-withdrawn-title = 申请已撤回
done-withdrawn = { $count ->
    [0] 您没有可撤回的进行中申请。
   *[other] 您的 { $count } 份进行中的申请已撤回。
}
done-withdrawn-after = 已撤回的申请将不再被考虑，并会在 30 天后删除。
done-deleted-title = 您的数据已删除
done-deleted = 我们已删除所持有的与您的电子邮箱地址相关的数据。
done-deleted-receipt = 一份说明删除了哪些内容以及保留了哪些匿名记录的回执正在发送给您；回执发出后，我们也将不再保留您的电子邮箱地址。
done-confirmed-title = 您的请求已确认
done-held = 我们已删除了可以删除的数据。由于法律义务，我们目前须保留您的部分数据；该义务终止后，我们会立即删除这些数据，并向您发送回执。
done-held-after = 在此之前，您的请求将由我们的人力资源团队继续处理。
done-offer = 向您发出的录用通知仍未了结，因此我们的人力资源团队将人工完成您的请求。
done-offer-after = 我们最迟将于 { $date } 前删除您的数据，并向您发送回执。
done-corrected-title = 您的信息已更正
done-corrected = 我们已为您的所有申请保存更正后的联系方式。

renew-title = 继续留在我们的人才库中
renew-text-html = 您曾同意我们考虑您担任任何 Panopto 公司的其他职位。该同意将于 <strong>{ $date }</strong> 到期；届时我们将对您的申请进行匿名化处理，除非其中仍有申请在进行中。
renew-renewed-html = 如果您续期同意，我们将保留您的申请，并可在 <strong>{ $until }</strong> 之前就其他职位与您联系，且会在此日期之前再次提醒您。您可以随时通过<a href="{ $form_url }">隐私请求表单</a>撤回申请或删除您的数据。
renew-button = 续期我的同意
renew-do-nothing = 如果您希望同意到期终止，无需执行任何操作。
renewed-title = 您将继续留在我们的人才库中
renewed-text = 谢谢。在 { $date } 之前，我们可能会考虑您担任其他职位，并会在此日期之前提醒您。
