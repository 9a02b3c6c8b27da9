# 応募者向けの面接ページ：メールのリンクから面接日時を選択します。

pick-title = 面接日時の選択
pick-intro-html = <strong>{ $title }</strong>の{ $step }（{ $minutes }分）
pick-zone = 表示するタイムゾーン
pick-show = 表示
pick-times-in = 日時（{ $zone }）
pick-book = この日時で予約する
pick-none-free = ご提示した日時は、いずれも予約できなくなりました。このリンクをお送りしたメールにご返信ください。別の日時を一緒に調整いたします。
pick-footer-html = 予約が完了すると、ご本人と面接官の双方にカレンダーの招待状がメールで届きます。個人データは、<a href="{ $privacy_url }">応募者向けプライバシー通知</a>に記載のとおりに取り扱います。
pick-choose = 日時を1つ選択してください。
pick-taken = 申し訳ありません。その日時は直前に予約されました。別の日時を選択してください。
pick-settled = この面接は、別のウィンドウなどからつい先ほど予約が完了しました。招待状をメールでお送りしています。
pick-gone = このリンクは有効期限が切れているか、面接の日時がすでに確定しています。招待状が届いていない場合は、このリンクをお送りしたメールにご返信ください。
booked-title = 面接の予約が完了しました
booked-text-html = <strong>{ $title }</strong>の{ $step }：{ $when }、{ $minutes }分
booked-invitation = カレンダーの招待状をメールでお送りしています。ご都合が合わなくなった場合は、そのメールにご返信ください。
