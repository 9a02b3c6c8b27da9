# 错误页面。

error-code = 错误 { $status }
error-reference-html = 如果您就此问题联系我们，请提供参考编号 <code>{ $reference }</code>。
error-400-title = 请求无效
error-400-text = 无法识别该请求。请检查网址或表单，然后重试。
error-403-title = 不允许此操作
error-403-text = 您无权执行此操作。如果您提交了表单，请刷新页面后重试。
error-404-title = 找不到页面
error-404-text = 此网址没有任何内容。该职位可能已招满，或链接可能输入有误。
error-405-title = 不允许使用此方法
error-405-text = 此网址不接受此类请求。
error-409-title = 已完成
error-409-text = 此操作已经完成，因此未作任何更改。
error-410-title = 已不再提供
error-410-text = 您要查找的内容已被移除。
error-413-title = 文件过大
error-413-text = 上传的文件超出了我们接受的大小。请上传较小的文件。
error-415-title = 不接受此文件类型
error-415-text = 我们仅接受 PDF、Word（.docx）和纯文本文件。
error-422-title = 请检查您填写的内容
error-422-text = 您填写的部分内容无法被接受。
error-429-title = 请求过多
error-429-text = 您在短时间内发送的请求过多。请稍等片刻后重试。
error-503-title = 暂时无法使用
error-503-text = 服务繁忙或正在维护。请几分钟后重试。
error-500-title = 出错了
error-500-text = 我们这边发生了意外错误，并已记录在案；请稍后再试。
error-other-title = 请求失败
error-other-text = 无法完成该请求。
job-closed-title = 此职位已关闭
job-closed-text = 此职位已不再接受申请。其他开放职位请见职位列表页面。
busy-title = 门户网站繁忙
busy-text = 目前使用门户网站的人数过多。请几秒钟后重试。
sign-in-busy-title = 同时登录的人数过多
sign-in-busy-text = 门户网站目前正在验证大量密码。请几秒钟后重试。
form-not-multipart = 表单必须以 multipart/form-data 格式提交。
form-unreadable = 无法读取表单数据。

# 员工页面（网站上以英文显示，但错误页面可能以任何语言显示）。
staff-link-gone = 此链接已被使用或已过期。请联系人力资源管理员向您发送新链接。
staff-setup-gone = 此设置链接已失效：人力资源管理员账户已存在。
staff-export-job = 请选择要导出的职位：/staff/export.csv?job=<id>。
