# 応募：フォーム、各種メッセージ、機微な情報の確認、送信完了、応募者の応募状況ページ。

apply-title = 応募：{ $title }
apply-back = 求人に戻る
apply-sensitive-title = 機微な情報は送信しないでください
apply-sensitive-intro = フォームや履歴書には、次の情報を含めないでください。
apply-sensitive-ids = 公的な識別番号（米国の社会保障番号、英国の国民保険番号など）
apply-sensitive-beliefs = 人種的または民族的出自、政治的意見、宗教その他の信条
apply-sensitive-health = 健康に関する情報、生体情報、遺伝情報
apply-sensitive-other = 犯罪歴、労働組合への加入
apply-sensitive-check = 送信された内容にこうした情報が含まれていないかを確認し、含まれている場合は、応募が送信される前に内容をご確認いただきます。
form-errors-title = 次の項目を修正してください
apply-trap = この欄は空欄のままにしてください
field-full-name = 氏名
field-email = メールアドレス
field-email-hint = 応募受付の確認メールと、応募状況を確認できるリンクをこのアドレスにお送りします。
field-phone = 電話番号
field-optional = （任意）
field-country = 居住国
field-choose-country = 国を選択してください
field-dob = 生年月日
field-dob-hint = 18歳以上であることの確認にのみ使用し、確認後に破棄します。保存されることも、誰かに表示されることもありません。そのため、フォームが差し戻された場合は、再度入力していただく必要があります。
field-resume = 履歴書
field-resume-hint = PDF、Word（.docx）、またはテキスト形式で、{ $mib }MB以内。
field-resume-again = もう一度添付してください。
field-cover-letter = カバーレター
field-profile = プロフィールまたはポートフォリオのリンク
consents = 同意事項
consent-privacy-html = <a href="{ $privacy_url }">応募者向けプライバシー通知</a>を読みました。
consent-transfer = { $company }宛ての私の応募書類が米国に移転され、米国で処理されることに同意します。
consent-transfer-hint = 米国外にお住まいの場合は必須です。
consent-talent-pool = Panopto各社の他の職種でも選考の対象となるよう、応募書類を保管することに同意します。
consent-talent-pool-hint = 任意。{ $months }か月間保管し、期限が切れる前にお知らせします。
apply-send = 応募を送信する

# 入力項目のメッセージ（domain/application.rs など）。
name-required = 氏名を入力してください。
name-too-long = 氏名は200文字以内で入力してください。
name-control = 氏名に使用できない文字（改行など）が含まれています。
email-required = メールアドレスを入力してください。
email-too-long = メールアドレスは254文字以内で入力してください。
email-invalid = 有効なメールアドレスを入力してください（例：name@example.com）。
phone-too-long = 電話番号は32文字以内で入力してください。
phone-invalid = 電話番号に使用できるのは、数字、スペース、および + - ( ) のみです。
cover-letter-too-long = カバーレターは10,000文字以内で入力してください。
cover-letter-control = カバーレターに使用できない文字が含まれています。
url-invalid = https:// で始まる完全なウェブアドレスを入力してください（または空欄のままにしてください）。
dob-required = 生年月日を入力してください。
dob-format = 生年月日はYYYY-MM-DDの形式で入力してください（例：1990-04-23）。
dob-check = 生年月日をご確認ください。
country-required = 居住国を選択してください。
consent-privacy-required = プライバシー通知を読んだことを確認してください。
consent-transfer-required = 米国外にお住まいの応募者は、応募書類の移転に同意していただく必要があります。
resume-required = 履歴書を添付してください。
form-too-fast = 人が入力できる速さを超えてフォームが送信されました。入力内容をご確認のうえ、もう一度送信してください。
resume-encrypted = 履歴書がパスワードで保護されています。パスワードのないファイルをアップロードしてください。
resume-too-complex = 履歴書の構造が複雑すぎるため、読み取ることができません。ワープロソフトから保存したPDFなど、よりシンプルな形式のファイルをアップロードしてください。
resume-unreadable = 履歴書を読み取れませんでした。ファイルが破損している可能性があります。もう一度書き出して、新しいファイルをアップロードしてください。
resume-macros = 履歴書にマクロが含まれています。通常のWord文書（.docmではなく.docx）またはPDFとして保存し、そのファイルをアップロードしてください。
resume-objects = 履歴書に埋め込みオブジェクトまたはコントロールが含まれています。これらを含まない通常の文書、またはPDFとして保存し、そのファイルをアップロードしてください。
resume-scripts = 履歴書にスクリプト、添付ファイル、またはインタラクティブなコンテンツが含まれています。ワープロソフトから印刷または書き出したPDFなど、通常の文書をアップロードしてください。

# ページとして表示される受付拒否。
underage-title = ご応募いただけるのは18歳以上の方に限ります
underage-text = 18歳以上の方からの応募のみ受け付けています。送信された内容は一切保存していません。
unsupported-type-text = 履歴書は、PDF、Word（.docx）、またはテキストファイルでのみ受け付けています。選択されたファイルは、ファイル名にかかわらず、これらのいずれの形式でもありません。送信された内容は一切保存していません。
duplicate-title = この求人にはすでに応募済みです
duplicate-text = この求人へのご応募はすでに受け付けているため、何も変更されていません。応募状況は、お送りしたメールに記載のリンクからご確認いただけます。
infected-title = 履歴書がウイルスチェックを通過しませんでした
infected-text = ウイルススキャナーが、選択されたファイルに悪意のあるコンテンツを検出しました。そのためファイルを削除し、送信された内容は一切保存していません。お使いのコンピューターをスキャンし、安全な履歴書のコピーを保存してから、もう一度ご応募ください。
scanner-down-title = 現在、ファイルを確認できません
scanner-down-text = すべての履歴書は、受け付ける前にウイルスチェックを行っていますが、現在スキャナーが応答していません。送信された内容は一切保存していません。数分後にもう一度お試しください。
rate-limited-text = 過去1時間に、お使いのネットワークから複数の応募を受信しました。しばらくしてから、もう一度お試しください。
form-expired-text = フォームの有効期限が切れているか、このサイトから送信されたものではありません。前のページに戻り、ページを再読み込みしてから、もう一度お試しください。
honeypot-text = 応募を受け付けることができませんでした。ページを再読み込みし、表示されている項目のみに入力してください。
form-unchecked-text = フォームを確認できませんでした。ページを再読み込みして、もう一度お試しください。
review-expired = この確認画面は有効期限が切れているか、すでに使用されています。送信された内容は削除されました。もう一度ご応募ください。

# 機微な情報の確認。
review-title = 応募内容をご確認ください
review-intro-html = <strong>{ $title }</strong>への応募は<strong>まだ送信されていません</strong>。機微な情報と思われる内容が見つかりました。選考にこの情報は必要ありませんので、送信しないようお願いいたします。
review-found = 検出された内容
review-where = 場所
review-what = 推定される種類
review-text = テキスト（番号はマスク表示）
review-expires = この確認画面の有効期限は1時間です。期限を過ぎると、送信された内容は削除されます。
review-edit = 戻って修正する
review-edit-hint = 入力内容は保持されますが、生年月日の入力と履歴書の添付はもう一度行っていただく必要があります。
review-submit = このまま送信する
review-submit-hint = 選考担当者には、機微な情報が検出されたことが表示されます（識別番号はマスクされます）。
source-cover_letter = カバーレター
source-resume = 履歴書
category-government_id = 公的な識別番号
category-payment_card = 支払いカード番号
category-racial_or_ethnic_origin = 人種的または民族的出自
category-political_opinions = 政治的意見
category-religion_or_beliefs = 宗教または信条
category-health = 健康
category-biometric = 生体データ
category-genetic = 遺伝データ
category-criminal_background = 犯罪歴
category-trade_union = 労働組合への加入

# 送信後。
sent-title = 応募を送信しました
sent-heading = ありがとうございます。応募を送信しました
sent-reference-html = 受付番号は<strong class="reference">{ $reference }</strong>です。
sent-text = 応募状況の確認や、お気持ちが変わった場合の応募の取り下げができる個人専用リンクを、メールでお送りしました。数分経ってもメールが届かない場合は、迷惑メールフォルダをご確認ください。
sent-more-jobs = 他の募集中の求人を見る
status-title = ご応募の状況
status-job = 求人
status-reference = 受付番号
status-sent = 送信日
status-status = ステータス
status-withdraw-text = この求人での選考を希望されなくなった場合は、応募を取り下げることができます。取り下げは取り消せません。取り下げ後、データは30日後に削除されます。
status-withdraw = 応募を取り下げる
status-rights-html = 当社が保有するご自身のすべてのデータの確認・訂正・削除については、<a href="{ $rights_url }">プライバシー通知</a>をご覧ください。
status-withdrawn = 応募を取り下げました。
status-not-withdrawable = この応募は取り下げることができなくなりました。
stage-submitted = 受付済み：選考待ち
stage-screening = 選考中
stage-interview = 選考中
stage-offer = オファー提示済み
stage-hired = 採用決定
stage-rejected = 今回は見送り
stage-withdrawn = ご本人による取り下げ
