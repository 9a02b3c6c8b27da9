# 申请人的面试页面：通过邮件中的链接选择面试时间。

pick-title = 选择您的面试时间
pick-intro-html = <strong>{ $title }</strong> 职位的 { $step }，时长 { $minutes } 分钟。
pick-zone = 按以下时区显示时间
pick-show = 显示
pick-times-in = { $zone } 时区的时间
pick-book = 预约此时段
pick-none-free = 所提供的时段均已不再空闲。请回复向您发送此链接的邮件，我们会与您另约时间。
pick-footer-html = 预约成功后，您和面试官都会通过电子邮件收到日历邀请。我们将按照<a href="{ $privacy_url }">招聘隐私声明</a>中的说明处理您的数据。
pick-choose = 请选择其中一个时段。
pick-taken = 抱歉，该时段刚刚已被预约。请选择其他时段。
pick-settled = 此面试刚刚已安排好（可能是在另一个窗口中完成的）：邀请函正通过电子邮件发送给您。
pick-gone = 此链接已过期，或面试已安排好。如果您尚未收到邀请，请回复向您发送此链接的邮件。
booked-title = 您的面试已预约成功
booked-text-html = <strong>{ $title }</strong> 职位的 { $step }：{ $when }，时长 { $minutes } 分钟。
booked-invitation = 日历邀请正在发送到您的电子邮箱。如果该时间不再合适，请回复那封邮件。
