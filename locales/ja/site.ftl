# レイアウト、採用トップページ、求人一覧と求人ページ。
#
# -html で終わるメッセージで使えるタグは次のみ: <a href="…">, <strong>,
# <code>, <span>, <time datetime="…">。それ以外はプレーンテキスト。
# { $variables } はそのまま残し、文中の位置は自由に移動可。

language-name = 日本語
# 日付と数値の書式に使う CLDR ロケール。
language-formats = ja-JP

site-name = Panopto Careers
site-careers = 採用情報
site-brand-html = Panopto <span>Careers</span>
site-description = 南北アメリカ、EMEA、APACにおけるPanoptoの募集職種です。
skip-to-content = 本文へスキップ
nav-main = メイン
nav-jobs = 求人
nav-privacy = プライバシー
nav-languages = 言語
footer-companies = Panoptoは、Panopto, Inc.（米国）、Panopto EMEA, Ltd.、Panopto APAC Ltd.を通じて採用を行っています。
footer-privacy = 応募者向けプライバシー通知
footer-cookies = Cookie
footer-feed = 求人フィード（RSS）
feed-title = 募集中の求人
feed-channel-title = Panopto Careers：募集中の求人
feed-description = Panopto, Inc.、Panopto EMEA, Ltd.、Panopto APAC Ltd.の募集職種です。

home-title = Panoptoで働く
home-heading = 動画の力で、世界の学びを支える
home-lead = 私たちは、大学や企業が教育、研修、知識の共有に活用する動画プラットフォームを開発しています。米国、EMEA、アジア太平洋地域で採用を行っています。
home-open-positions = 募集職種
home-your-data = 応募時のデータの取り扱い
home-your-data-html = ご提供いただいた情報は、採用選考の目的にのみ使用します。ご応募いただけるのは18歳以上の方に限ります。識別番号や健康に関する情報などの機微な情報は含めないでください。応募書類の保管期間や、ご自身のデータの確認・訂正・削除の方法については、<a href="{ $privacy_url }">応募者向けプライバシー通知</a>をご覧ください。

jobs-title = 募集中の求人
jobs-title-matching = 「{ $query }」に一致する求人
jobs-title-page = （{ $page }ページ目）
jobs-heading = 募集中の求人
search-label = 求人を検索
search-keywords = キーワード
search-placeholder = 例：エンジニア、営業、Rust
search-company = 会社
search-all-companies = すべての会社
search-location = 勤務地
search-all-locations = すべての勤務地
search-department = 部門
search-all-departments = すべての部門
search-submit = 検索
search-clear = 条件をクリア
jobs-count-filtered = 検索条件に一致する募集職種は{ $count }件です。
jobs-count-all = 募集職種は{ $count }件です。
jobs-none-filtered = この条件に一致する募集職種はありません。
jobs-none = 現在、募集中の職種はありません。
jobs-see-all = すべての募集職種を見る
jobs-posted-html = 掲載日：<time datetime="{ $datetime }">{ $date }</time>
pages-label = ページ
page-previous = 前のページ
page-next = 次のページ
page-of = { $page }/{ $pages }ページ

job-location = 勤務地：
job-department = 部門：
job-employment = 雇用形態：
job-company = 採用企業：
job-description = { $company }（{ $location }）の{ $title }の求人です。
job-all-jobs = すべての求人
job-hiring-company = 採用企業
job-pay = 給与
job-posted = 掲載日
job-apply-by = 応募締切
job-apply = この求人に応募する
job-data-note-html = 応募書類は{ $company }に送信され、米国で保管されます。詳しくは<a href="{ $privacy_url }">応募者向けプライバシー通知</a>をご覧ください。
job-shown-in = この求人は{ $language }でのみ掲載されています。
employment-full_time = フルタイム
employment-part_time = パートタイム
employment-contract = 契約社員
employment-temporary = 臨時雇用
employment-internship = インターンシップ
# 給与：「年額 USD 165,000～215,000」。金額は言語に合わせて書式化済み。
salary-year = 年額 { $currency } { $min }～{ $max }
salary-hour = 時給 { $currency } { $min }～{ $max }
