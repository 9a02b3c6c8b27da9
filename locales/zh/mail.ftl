# 发给申请人的邮件，使用其申请时所用的语言（纯文本；换行按原样保留）。
# 网址（{ $…url }）是完整链接：请让其单独占一行。

mail-signature = Panopto 招聘

mail-received-subject = 我们已收到您的申请：{ $title }
mail-received-body =
    { $name }，您好：

    感谢您申请 { $company } 的 { $title } 职位。
    您的申请编号为 { $reference }。

    您可以通过以下专属链接查看申请状态，也可以根据需要撤回申请
    （请勿将链接告知他人；任何持有该链接的人都能查看申请状态）：

    { $status_url }

    后续流程：招聘团队会审阅每一份申请，并通过电子邮件与您联系。
    我们如何使用和保留您的数据，请参阅我们的招聘隐私声明：
    { $privacy_url }

    Panopto 招聘

mail-stage-subject = 您对 { $title } 职位的申请有新进展
mail-stage-body =
    { $name }，您好：

    { $stage ->
        [screening] 您对 { $title } 职位的申请（申请编号 { $reference }）目前正在由招聘团队审阅。
        [interview] 好消息：招聘团队希望邀请您参加 { $title } 职位的面试（申请编号 { $reference }）。他们将通过电子邮件与您联系，安排面试时间。
        [offer] 好消息：招聘团队正在为 { $title } 职位（申请编号 { $reference }）准备录用通知，并将与您联系告知详情。
        [hired] 欢迎加入：我们已确认录用您担任 { $title } 职位（申请编号 { $reference }）。团队将与您联系，介绍您入职头几天的安排。
       *[rejected] 感谢您对 { $title } 职位（申请编号 { $reference }）的关注。经过慎重考虑，招聘团队决定不再继续推进您的申请。
    }

    您可以通过我们在您申请时发送的确认邮件中的专属链接查看申请状态。
    我们如何使用和保留您的数据，请参阅我们的招聘隐私声明：{ $privacy_url }

    Panopto 招聘

mail-request-subject = 请确认您的隐私请求
mail-request-body =
    { $name }，您好：

    我们收到了一项关于 Panopto 招聘所持有的与此电子邮箱地址相关数据的请求：

        { $kind ->
            [access] 查看并下载我的数据
            [correction] 更正我的联系方式
            [deletion] 删除我的数据
           *[withdraw] 撤回我所有进行中的申请
        }

    如需确认，请在 { $hours } 小时内打开以下链接。该链接仅可使用一次；
    在您于打开的页面上确认之前，不会执行任何操作：

    { $link_url }

    如果您并未提出此请求，请忽略本邮件：任何内容都不会改变，
    该链接也会自动失效。

    Panopto 招聘

mail-deleted-subject = 您的数据已删除
mail-deleted-body =
    您好：

    根据您于 { $requested } 提出（并于 { $verified } 确认）的请求，
    Panopto 招聘已于 { $deleted } 删除其所持有的与此电子邮箱地址相关的数据：

    - 您的申请，包括其简历及从简历中读取的文本、求职信、审阅人员的备注和评分、
      面试及面试官的反馈、录用通知，以及申请的阶段历史记录；
    - 您的联系方式（姓名、电子邮箱地址、电话号码、国家/地区、个人主页链接），
      以及您对加入人才库的任何同意；
    - 任何等待您核对的提交内容；
    - 我们曾发给您的邮件。

    我们保留的内容（不含您的姓名、电子邮箱地址或任何其他与您有关的信息）：

    - 针对每份已删除的申请，审计日志中的一条记录，载明该申请系应您的要求
      而删除，以及删除时间；
    - 对于此前已匿名化处理的申请，其匿名概要（职位、公司、日期和阶段），
      用于招聘统计；
    - 您的请求的类型和日期。本回执发出后，我们也将不再保留您的电子邮箱地址，
      因此无法再与您联系。

    如果您今后再次申请，该申请将重新开始处理。

    Panopto 招聘

mail-pool-subject = 是否继续留在 Panopto 人才库？
mail-pool-body =
    { $name }，您好：

    您在申请时曾同意我们考虑您担任任何 Panopto 公司的其他职位。
    该同意将于 { $ends } 到期。届时，我们将对您的申请进行匿名化处理
    （仍在进行中的申请除外），并且不会再就其他职位与您联系。

    如需在我们的人才库中再保留 { $months } 个月，请打开以下链接并确认：

    { $link_url }

    如果您希望同意到期终止，无需执行任何操作。

    Panopto 招聘

mail-invitation-subject = 您的 { $title } 职位面试：{ $when }
mail-invitation-changed-subject = 已更新：您的 { $title } 职位面试：{ $when }
mail-invitation-intro =
    { $name }，您好：

    我们诚邀您参加 { $title } 职位的面试。
mail-invitation-changed-intro =
    { $name }，您好：

    您的面试时间或地点已更改。以下是最新详情。
# 面试信息块：两个空格的缩进使其在纯文本中醒目。
mail-invitation-facts =
    {"  "}{ $step }（申请编号 { $reference }）
    {"  "}时间：{ $when }（{ $zone }）
    {"  "}时长：{ $minutes } 分钟
    {"  "}地点：{ $place }
mail-invitation-outro =
    附件中的邀请可将此面试添加到您的日历中，日历会按您所在的时区显示时间。
    如果该时间不合适，请回复本邮件。

    我们如何使用和保留您的数据，请参阅我们的招聘隐私声明：
    { $privacy_url }

    Panopto 招聘

mail-cancelled-subject = 已取消：您的 { $title } 职位面试
mail-cancelled-body =
    { $name }，您好：

    您原定于 { $when } 参加的 { $title } 职位面试（{ $step }，申请编号 { $reference }）
    已取消。附件中的取消通知会将其从您的日历中移除。

    如果我们希望另约时间，会再写信与您联系。我们如何使用和保留您的数据，
    请参阅我们的招聘隐私声明：{ $privacy_url }

    Panopto 招聘

mail-slots-subject = 请选择您的 { $title } 职位面试时间
mail-slots-intro =
    { $name }，您好：

    我们诚邀您参加 { $title } 职位的面试：{ $step }，
    时长 { $minutes } 分钟。请选择最适合您的时间：

    { $link_url }

    以下是我们可以提供的时段，按 { $zone } 时区显示（在该页面上，
    您可以选择按任意时区显示）：
mail-slots-outro =
    该链接在 { $expires } 前有效。系统将为您预约您最先选择的时段，
    您还会通过电子邮件收到日历邀请。

    我们如何使用和保留您的数据，请参阅我们的招聘隐私声明：
    { $privacy_url }

    Panopto 招聘
