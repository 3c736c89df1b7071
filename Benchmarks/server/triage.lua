-- wrk script: POST /v1/triage with a rotation of tickets (Japanese and English) and the agents'
-- bearer token ($HELPDESK_AGENT_TOKEN). Every response that is not 2xx counts as an error.
--   HELPDESK_AGENT_TOKEN=tok wrk -t1 -c16 -d60s -s triage.lua http://127.0.0.1:PORT
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(dir .. "common.lua")

local tickets = {
   {"ja", "OMUIDのパスワードを忘れてしまいました。ログインできないので再設定の方法を教えてください。"},
   {"ja", "利用開始手続きの途中でブラウザを閉じてしまいました。最初からやり直す必要がありますか?"},
   {"ja", "パスワード再設定のメールが届きません。30分以上待っています。迷惑メールフォルダも確認しました。"},
   {"ja", "確認コードを入力したら「有効期限切れ」と表示されました。コードは10分前に届いたものです。"},
   {"ja", "2要素認証のワンタイムパスワードを入力しても「コードが正しくありません」と出てログインできません。"},
   {"ja", "スマートフォンを機種変更したので、認証アプリのワンタイムパスワードが使えなくなりました。"},
   {"ja", "仮パスワードを入力すると「OMUIDまたはパスワードが違います」と表示されます。仮パスワードは Xy7#kq2P です。"},
   {"ja", "新しいパスワードに変更しようとすると「3文字以上、30文字以内で入力してください。」というエラーが出ます。"},
   {"ja", "セットアップキーを入力したのに無効と言われます。キーは JBSW Y3DP EHPK 3PXP です。"},
   {"ja", "スマホを持っていないのですが、2要素認証の設定はどうすればいいですか?PCだけでできますか?"},
   {"ja", "職員番号を入力したら「該当するデータがありません」と表示されて先に進めません。"},
   {"en", "I forgot my OMUID password and cannot log in to the portal. How can I reset it?"},
   {"en", "The one-time code from my authenticator app is always rejected when I sign in."},
   {"en", "I never received the password reset email. I registered my Gmail address as the recovery email."},
   {"en", "My verification code expired before I could type it in. Can you send a new one?"},
   {"en", "I lost my phone, so I cannot get the two-factor authentication codes anymore. What should I do?"},
   {"en", "I closed the browser in the middle of the account activation. Do I have to start over?"},
   {"en", "I don't know my student number, and the activation page asks for it."},
   {"en", "After changing my password I still cannot log in. The new password is Hunter2!abc, is it wrong?"},
   {"en", "The authenticator app shows two entries for OMU and I don't know which code to use."},
}

local bodies = {}
local position = 0
local headers = {}

function init(args)
   local token = os.getenv("HELPDESK_AGENT_TOKEN") or ""
   headers["Authorization"] = "Bearer " .. token
   headers["Content-Type"] = "application/json"
   for i, ticket in ipairs(tickets) do
      bodies[i] = '{"text":' .. json_string(ticket[2]) .. ',"lang":"' .. ticket[1] .. '"}'
   end
   -- each thread starts at a different ticket
   position = ((thread_id or 1) - 1) * 7
end

function request()
   position = position % #bodies + 1
   return wrk.format("POST", "/v1/triage", headers, bodies[position])
end

function response(status, hdrs, body)
   count_status(status)
end
