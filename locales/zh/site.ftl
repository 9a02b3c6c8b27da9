# 页面布局、招聘首页、职位列表和职位页面。
#
# 以 -html 结尾的消息只能包含以下标签：<a href="…">、<strong>、<code>、<span>、
# <time datetime="…">。其余均为纯文本。{ $variables } 保持原样，可按语序移动位置。

language-name = 简体中文
# 本语言使用的 CLDR 日期与数字格式区域设置。
language-formats = zh-Hans-CN

site-name = Panopto 招聘
site-careers = 招聘
site-brand-html = Panopto <span>招聘</span>
site-description = Panopto 在美洲、欧洲中东非洲（EMEA）及亚太地区（APAC）的开放职位。
skip-to-content = 跳到正文
nav-main = 主导航
nav-jobs = 职位
nav-privacy = 隐私
nav-languages = 语言
footer-companies = Panopto 通过 Panopto, Inc.（美国）、Panopto EMEA, Ltd. 和 Panopto APAC Ltd. 招聘员工。
footer-privacy = 招聘隐私声明
footer-cookies = Cookie
footer-feed = 职位订阅（RSS）
feed-title = 开放职位
feed-channel-title = Panopto 招聘：开放职位
feed-description = Panopto, Inc.、Panopto EMEA, Ltd. 和 Panopto APAC Ltd. 的开放职位。

home-title = 加入我们
home-heading = 用视频助力全世界学习
home-lead = 我们打造的视频平台，供高校和企业用于教学、培训和知识分享。我们在美国、欧洲中东非洲（EMEA）及亚太地区招聘。
home-open-positions = 开放职位
home-your-data = 申请时您的数据如何处理
home-your-data-html = 您提交的信息仅用于评估您是否适合相关职位。申请人须年满 18 周岁。请勿提供身份证件号码或健康状况等敏感信息。请阅读<a href="{ $privacy_url }">招聘隐私声明</a>，了解我们保留申请的期限，以及如何查看、更正或删除您的数据。

jobs-title = 开放职位
jobs-title-matching = 与“{ $query }”匹配的职位
jobs-title-page = （第 { $page } 页）
jobs-heading = 开放职位
search-label = 搜索职位
search-keywords = 关键词
search-placeholder = 例如：工程师、销售、Rust
search-company = 公司
search-all-companies = 所有公司
search-location = 地点
search-all-locations = 所有地点
search-department = 部门
search-all-departments = 所有部门
search-submit = 搜索
search-clear = 清除筛选条件
jobs-count-filtered = 有 { $count } 个开放职位符合您的搜索条件。
jobs-count-all = 共 { $count } 个开放职位。
jobs-none-filtered = 没有符合这些筛选条件的开放职位。
jobs-none = 目前暂无开放职位。
jobs-see-all = 查看所有开放职位
jobs-posted-html = 发布于 <time datetime="{ $datetime }">{ $date }</time>
pages-label = 分页
page-previous = 上一页
page-next = 下一页
page-of = 第 { $page } 页，共 { $pages } 页

job-location = 地点：
job-department = 部门：
job-employment = 用工类型：
job-company = 招聘公司：
job-description = { $company } 招聘 { $title }，工作地点：{ $location }。
job-all-jobs = 所有职位
job-hiring-company = 招聘公司
job-pay = 薪酬
job-posted = 发布日期
job-apply-by = 申请截止日期
job-apply = 申请此职位
job-data-note-html = 您的申请将提交给 { $company }，并存储在美国：详见<a href="{ $privacy_url }">招聘隐私声明</a>。
job-shown-in = 此职位描述仅提供 { $language } 版本。
employment-full_time = 全职
employment-part_time = 兼职
employment-contract = 合同制
employment-temporary = 临时
employment-internship = 实习
# 薪酬：“USD 165,000–215,000/年”。金额已按本语言格式化。
salary-year = { $currency } { $min }–{ $max }/年
salary-hour = { $currency } { $min }–{ $max }/小时
