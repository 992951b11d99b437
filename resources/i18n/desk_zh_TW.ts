<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Received:</source>
        <translation>受理時間：</translation>
    </message>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Search: case number, name, phone or words (Ctrl+F)</source>
        <translation>搜尋：投訴編號、姓名、電話或關鍵字（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Show voided</source>
        <translation>顯示已作廢</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>About:</source>
        <translation>投訴對象：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Anonymous (no name or contact given)</source>
        <translation>匿名（未留姓名和聯絡方式）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Category:</source>
        <translation>投訴類別：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Channel:</source>
        <translation>投訴管道：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Complaint record</source>
        <translation>客戶投訴記錄</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Customer class:</source>
        <translation>客戶類別：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>History</source>
        <translation>處理記錄</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>In the customer&apos;s words:</source>
        <translation>顧客原話：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Mark a duplicate or test entry as void; nothing is deleted</source>
        <translation>將重複或測試的記錄作廢；不會刪除任何內容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Member no.:</source>
        <translation>會員號：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Not known</source>
        <translation>不詳</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Phone:</source>
        <translation>電話：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Place:</source>
        <translation>地點：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Product or service:</source>
        <translation>商品或服務：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Received:</source>
        <translation>受理時間：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Record</source>
        <translation>投訴記錄</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Recorded</source>
        <translation>登記資訊</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Recorded by:</source>
        <translation>記錄人：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Room no.:</source>
        <translation>房號：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>儲存記錄（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Severity:</source>
        <translation>嚴重程度：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Staff member:</source>
        <translation>員工：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Tenant / shop:</source>
        <translation>商戶/店鋪：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>The complaint</source>
        <translation>投訴內容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>The customer&apos;s demand</source>
        <translation>顧客訴求</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Tick when the customer cannot say when it happened</source>
        <translation>顧客說不清發生時間時請勾選</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Void...</source>
        <translation>作廢...</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>What happened</source>
        <translation>投訴經過</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>What happened, in order, as the customer tells it</source>
        <translation>按顧客的敘述，依次寫明事情經過</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>When:</source>
        <translation>發生時間：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>e.g. 138 1234 5678 or 021-1234 5678</source>
        <translation>例如 138 1234 5678 或 021-1234 5678</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../desk/ui/org/org_setup.py"/>
        <source> hours</source>
        <translation> 小時</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Add action…</source>
        <translation>新增措施(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>&amp;Log attempt</source>
        <translation>登記本次聯絡(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Mark done today</source>
        <translation>標記為今日完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>&amp;New complaint…</source>
        <translation>登記新投訴(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>&amp;Open a corrective action</source>
        <translation>新增糾正措施記錄(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Problem</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>&amp;Reached</source>
        <translation>已聯絡上(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/guide.py"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Verify now</source>
        <translation>立即驗證(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>(dry run: nothing was saved)</source>
        <translation>（試執行：未儲存任何內容）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>(erased)</source>
        <translation>（已刪除）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>(no department)</source>
        <translation>（無部門）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>(no name)</source>
        <translation>（無姓名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>(no site)</source>
        <translation>（無門店）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(nobody chosen)</source>
        <translation>（未選擇）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(not a staff member)</source>
        <translation>（非本店員工）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(not known yet)</source>
        <translation>（暫未確定）</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/state.py"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick a category)</source>
        <translation>（請選擇類別）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick a channel)</source>
        <translation>（請選擇管道）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(pick a department)</source>
        <translation>（請選擇部門）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick a staff member)</source>
        <translation>（請選擇員工）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(pick a tenant)</source>
        <translation>（請選擇商戶）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(pick the customer&apos;s opinion)</source>
        <translation>（請選擇顧客意見）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick what it is about)</source>
        <translation>（請選擇投訴對象）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>(promised at intake)</source>
        <translation>（受理時承諾）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <source>(see below)</source>
        <translation>（見下文）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>--count must be between 1 and 5000000.</source>
        <translation>--count 必須在 1 到 5000000 之間。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>--limit must be between 1 and 100000.</source>
        <translation>--limit 必須在 1 到 100000 之間。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>--out must end in .xlsx or .pdf.</source>
        <translation>--out 的檔名必須以 .xlsx 或 .pdf 結尾。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>--since takes a date as YYYY-MM-DD, for example {example}.</source>
        <translation>--since 需要 YYYY-MM-DD 格式的日期，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>--years must be between 1 and 20.</source>
        <translation>--years 必須在 1 到 20 之間。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>1 Very dissatisfied</source>
        <translation>1 非常不滿意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>2 Dissatisfied</source>
        <translation>2 不滿意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>3 Neutral</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>4 Satisfied</source>
        <translation>4 滿意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>5 Very satisfied</source>
        <translation>5 非常滿意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>A case under mediation, with an authority or in court is kept, whatever its age, until the hold is released.</source>
        <translation>調解中、行政機關處理中或訴訟中的投訴，無論多久都會保留，直到解除保全。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>A compensation still waits for approval.</source>
        <translation>還有一筆賠償在等待審批。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>A complaint made in writing gets a written reply in the company&apos;s name. Write it here, or say why there is none.</source>
        <translation>書面投訴須以公司名義書面答覆。請在此填寫答覆內容，或說明不作書面答覆的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>A department manager needs their department.</source>
        <translation>部門經理須指定所屬部門。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>A few questions before the first start. You can change all of this later under Settings and Organisation.</source>
        <translation>首次啟動前請回答幾個問題。以後都可以在「設定」和「組織架構」中修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>A handling slip exists already; record the result on it.</source>
        <translation>已經開具了處理單，請在處理單上登記處理結果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>A new account</source>
        <translation>新帳戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>埠是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>A server shared by all desks (PostgreSQL)</source>
        <translation>所有服務台共用的伺服器（PostgreSQL）</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>A site named {name} exists already.</source>
        <translation>已有名為「{name}」的門店。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>A user name is one word of at most 40 characters.</source>
        <translation>使用者名稱須為一個詞，最多 40 個字元。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>A written complaint needs a written reply in the company&apos;s name, or a note why there is none.</source>
        <translation>書面投訴須以公司名義書面答覆；如不作書面答覆，請註明原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>A written reply in the company&apos;s name is due by {when}.</source>
        <translation>須在 {when} 前以公司名義書面答覆。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>About</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>About Desk</source>
        <translation>關於 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Accepts</source>
        <translation>可以接受</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Accepts the result</source>
        <translation>接受處理結果</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Account {name} added.</source>
        <translation>已新增帳戶 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Account {name} disabled.</source>
        <translation>已停用帳戶 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Accounts...</source>
        <translation>帳戶...</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Actions under way</source>
        <translation>措施實施中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Active (offered in pick lists)</source>
        <translation>啟用（在下拉選單中可選）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Add account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Add account...</source>
        <translation>新增帳戶...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Add an action</source>
        <translation>新增措施</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Add at least one corrective action before signing.</source>
        <translation>簽字前請至少新增一項措施。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Add files...</source>
        <translation>新增檔案...</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Added</source>
        <translation>新增時間</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/org/company.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Administrator&apos;s name:</source>
        <translation>系統管理員姓名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>After</source>
        <translation>修改後</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>After closing</source>
        <translation>結案後回訪</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>After-sales</source>
        <translation>售後服務</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Age</source>
        <translation>已用時間</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Agreed date was</source>
        <translation>原承諾日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Agreed reply date</source>
        <translation>承諾答覆日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Agreed reply date (current)</source>
        <translation>目前約定答覆日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Agreed reply date changed</source>
        <translation>承諾答覆日期已變更</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Agreed reply date missed</source>
        <translation>已超過承諾答覆日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Agreed reply date now: {date}. Changes used: {used} of {limit}.</source>
        <translation>目前承諾答覆日期：{date}。已變更 {used} 次，最多 {limit} 次。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Agreed reply date {date} passed without a result.</source>
        <translation>承諾答覆日期 {date} 已過，仍未有處理結果。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases</source>
        <translation>全部投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases received in the period</source>
        <translation>本期受理的全部投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases received in the period, every column: a sheet to read on screen (the All cases sheet prints on A4)</source>
        <translation>本期受理的全部投訴（全部欄位）：供螢幕檢視（列印請用「全部投訴」表，可列印在 A4 上）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases, every column</source>
        <translation>全部投訴（全部欄位）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All categories</source>
        <translation>全部類別</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All channels</source>
        <translation>全部管道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All severities</source>
        <translation>全部嚴重程度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/sites.py"/>
        <source>All sites</source>
        <translation>所有門店</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All statuses</source>
        <translation>全部狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Allows anonymous</source>
        <translation>允許匿名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Also the administrator (setup and accounts)</source>
        <translation>同時擔任系統管理員（設定和帳戶）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Amount (CNY)</source>
        <translation>金額（元）</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>Another desk was saving the same records at the same moment, so nothing was saved; try again.</source>
        <translation>另一台服務台同時在儲存相同的記錄，因此沒有儲存任何內容；請再試一次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Answer at the desk</source>
        <translation>服務台當場答覆</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Answer at the desk…</source>
        <translation>服務台當場答覆…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Answer in writing</source>
        <translation>由服務台書面答覆</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Answer the complaint at the desk or issue a handling slip first.</source>
        <translation>請先在服務台答覆投訴或開具處理單。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Answered at the desk</source>
        <translation>服務台當場答覆</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Any department or shop</source>
        <translation>全部部門和店鋪</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Apology</source>
        <translation>賠禮道歉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Approval</source>
        <translation>審批</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Approve compensation</source>
        <translation>批准賠償</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Approve compensation…</source>
        <translation>批准賠償…</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Approved</source>
        <translation>批准時間</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Approved by {name}, {when}</source>
        <translation>{name}已於 {when} 批准</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>As stored:</source>
        <translation>資料庫中的記錄：</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Ask what was good or bad, pick the reasons and note their own words.</source>
        <translation>詢問顧客哪些方面滿意、哪些不滿意，選擇原因並記下顧客原話。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Ask: are you satisfied with how it was handled? Score from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>詢問：「您對這次投訴的處理滿意嗎？」按 1（非常不滿意）到 5（非常滿意）打分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>At least {count} characters</source>
        <translation>至少 {count} 個字元</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Attach files</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Attach signed slip...</source>
        <translation>附上已簽字的處理單...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Attach the signed slip</source>
        <translation>附上已簽字的處理單</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Attached: the complaint records</source>
        <translation>附件：客戶投訴記錄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Attaching files...</source>
        <translation>正在新增附件...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Attachment added</source>
        <translation>已新增附件</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Attachment files</source>
        <translation>附件檔案</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Attachments ({count})</source>
        <translation>附件（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Attempts</source>
        <translation>聯絡次數</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Audio</source>
        <translation>音訊</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Audit trail</source>
        <translation>審計記錄</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <location filename="../../desk/services/audit/trail.py"/>
        <source>Audit trail: {count} entries, head {hex}</source>
        <translation>審計記錄：{count} 條，鏈頭 {hex}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Awaiting sign-off</source>
        <translation>待審核</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Awaiting signature</source>
        <translation>待顧客簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backing up...</source>
        <translation>正在備份...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backup failed</source>
        <translation>備份失敗</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backup written and verified: {path}</source>
        <translation>備份已寫入並驗證通過：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/store/backup.py"/>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backups from this program work only with the local database file; back up a database server with its own tools.</source>
        <translation>本程式只能備份本機的資料庫檔案；資料庫伺服器請用它自帶的工具備份。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Backups:</source>
        <translation>備份：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <source>Based on (cases)</source>
        <translation>統計基數（條）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Both changes of the agreed reply date have been used. Asking for another one sends the case straight to the GM.</source>
        <translation>承諾答覆日期的兩次變更機會都已用完。如再申請變更，投訴將直接上報店總。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>By</source>
        <translation>修改人</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By category</source>
        <translation>按類別</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By channel</source>
        <translation>按管道</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By department or tenant</source>
        <translation>按部門或商戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By severity</source>
        <translation>按嚴重程度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Call due</source>
        <translation>致電期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Call script</source>
        <translation>回訪話術</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Call the manager of {tenant}: {contact}</source>
        <translation>請致電{tenant}的負責人：{contact}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Call the tenant&apos;s manager by {when} ({contact})</source>
        <translation>請在 {when} 前致電商戶負責人（{contact}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Called {when}</source>
        <translation>已於 {when} 致電</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>Campaign {month} (first working day {due}): {customers} customers, {cases} cases from {complained}.</source>
        <translation>{month} 月度回訪（首個工作日 {due}）：{customers} 位顧客，{cases} 條投訴，來自 {complained}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/kit/dialogs.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Cancel re&amp;visit…</source>
        <translation>取消回訪(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Cancel the revisit</source>
        <translation>取消回訪</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>無法開啟資料庫 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>Cannot read the database file {path}: {error}</source>
        <translation>無法讀取資料庫檔案 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Cannot read {name}: {error}</source>
        <translation>無法讀取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/layout.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <source>Case No.</source>
        <translation>投訴編號</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Case closed</source>
        <translation>投訴已結案</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Case no.</source>
        <translation>投訴編號</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Case number</source>
        <translation>投訴編號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>Case number: {case_no}</source>
        <translation>投訴編號：{case_no}</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Case records</source>
        <translation>投訴記錄</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Case reopened</source>
        <translation>投訴已重新受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Case {case_no}</source>
        <translation>投訴 {case_no}</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Case {case_no} already has a result.</source>
        <translation>投訴 {case_no} 已有處理結果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Case {case_no} cannot be closed yet:</source>
        <translation>案件 {case_no} 暫不能結案：</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Case {case_no} has a handling slip already.</source>
        <translation>投訴 {case_no} 已開具處理單。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/base.py"/>
        <source>Case {case_no} has no handling slip yet.</source>
        <translation>投訴 {case_no} 尚未開具處理單。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Case {case_no} is no longer on hold.</source>
        <translation>投訴 {case_no} 已解除保全。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>Case {case_no} is not on hold.</source>
        <translation>投訴 {case_no} 未被保全。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Case {case_no} is on legal hold: it will not be purged.</source>
        <translation>投訴 {case_no} 已依法保全：不會被清理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Case {case_no} is on legal hold: {reason}. Once released, the retention policy applies to it again.</source>
        <translation>投訴 {case_no} 已依法保全：{reason}。解除後，儲存期限規定重新適用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/base.py"/>
        <source>Case {case_no} is void.</source>
        <translation>投訴 {case_no} 已作廢。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Case {case_no} was voided ({reason}). Cancel the revisit.</source>
        <translation>投訴 {case_no} 已作廢（{reason}）。請取消本次回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>Case {case_no} was {changed} a moment ago, so this step was not taken; look at the case again.</source>
        <translation>投訴 {case_no} 剛剛已{changed}，所以這一步沒有執行；請重新檢視該投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>Case {case_no} was {changed} while you were editing, so your changes were not saved; they are kept beside the new values: check them and save again.</source>
        <translation>您編輯期間，投訴 {case_no} 已{changed}，所以您的修改沒有儲存；修改已保留並與新內容並列顯示：請核對後再次儲存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>Case {case_no} · received {received} · reply promised by {due} · {status}</source>
        <translation>投訴 {case_no} · 受理於 {received} · 承諾於 {due} 前答覆 · {status}</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/base.py"/>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Case {id} does not exist.</source>
        <translation>投訴 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Case {id} was not found.</source>
        <translation>找不到投訴 {id}。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Cases</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Cases closed</source>
        <translation>結案數</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Cases closed before {date} and corrective actions verified before {capa} are due: {n} cases.</source>
        <translation>{date} 之前結案的投訴和 {capa} 之前完成驗證的糾正與預防措施已到期：{n} 件投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Cases closed before {date} are due; corrective actions verified before {capa} are due.</source>
        <translation>{date} 之前結案的投訴到期；{capa} 之前完成驗證的糾正與預防措施到期。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Cases per day</source>
        <translation>每日投訴數</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Cases received</source>
        <translation>受理投訴數</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Cases, slips, events, revisits, compensation and attachments, after the case is closed:</source>
        <translation>投訴記錄、處理單、處理過程、回訪、賠償和附件，自結案起儲存：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Categories</source>
        <translation>投訴類別</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Category rising week on week</source>
        <translation>該類投訴週環比上升</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/lock.py"/>
        <source>Change my password...</source>
        <translation>修改我的密碼...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Change reply date…</source>
        <translation>變更答覆日期…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Change the agreed reply date</source>
        <translation>變更承諾答覆日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Change the date</source>
        <translation>變更日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Changed to</source>
        <translation>變更為</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Changes to case {case_no}</source>
        <translation>投訴 {case_no} 的修改記錄</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Channel</source>
        <translation>管道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Channels</source>
        <translation>投訴管道</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Choose a new password, not the old one.</source>
        <translation>請設定新密碼，不能與舊密碼相同。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Choose picture...</source>
        <translation>選擇圖片…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Choose your own password to go on.</source>
        <translation>請設定自己的密碼後繼續。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Choose your password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/guide.py"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Close case {case_no}? A not-satisfied customer can have it reopened later.</source>
        <translation>確定將投訴 {case_no} 結案嗎？顧客如不滿意，以後可以重新受理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Close case…</source>
        <translation>結案…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Close the case</source>
        <translation>結案</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Closed after verification</source>
        <translation>驗證後關閉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Closed on time</source>
        <translation>按時結案</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Closed: cases closed in the period, whenever they were received. On time: closed by the reply date promised at intake.</source>
        <translation>結案數：本期內結案的投訴，不論何時受理。按時結案：在受理時承諾的答覆日期前結案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Comment (optional)</source>
        <translation>備註（可選）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Company logo</source>
        <translation>公司標誌</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/company.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Company name</source>
        <translation>公司名稱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Company name:</source>
        <translation>公司名稱：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Compared with {previous}. Figures as of {as_of}; made {made}.</source>
        <translation>對比期間：{previous}。資料截至 {as_of}；生成於 {made}。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Compensation</source>
        <translation>賠償</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Compensation ({count})</source>
        <translation>賠償（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Compensation ({count}, {pending} to approve)</source>
        <translation>賠償（{count}，{pending} 項待審批）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Compensation approved</source>
        <translation>賠償已批准</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Compensation entries</source>
        <translation>賠償記錄</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Compensation in the period</source>
        <translation>本期賠償金額</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Compensation proposed</source>
        <translation>已提出賠償方案</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Compensation too low</source>
        <translation>賠償太低</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Compensation: amounts approved in the period. Daily review: share of the handling slips issued in the period that were marked reviewed on the Daily review screen (by the operations manager, deputy GM or GM) by the end of the period.</source>
        <translation>賠償：本期批准的金額。每日查閱：本期開出的處理單中，截至期末已在「每日查閱」介面標記為已查閱（由營運經理、店副總或店總）的比例。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Complainant</source>
        <translation>投訴人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Complainant (signature)</source>
        <translation>投訴人（簽字）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Complaint about</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Complaint details</source>
        <translation>投訴詳情</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaint handling monthly report</source>
        <translation>客戶投訴處理工作月報</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Complaint handling slip</source>
        <translation>客戶投訴處理單</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaint handling weekly report</source>
        <translation>客戶投訴處理工作週報</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>Complaint receipt</source>
        <translation>投訴受理回執</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Complaint record</source>
        <translation>客戶投訴記錄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Complaint record {case_no}</source>
        <translation>客戶投訴記錄 {case_no}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/cases/complaint_save.py"/>
        <source>Complaint recorded</source>
        <translation>投訴已登記</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Complaint registers (*.xlsx *.csv)</source>
        <translation>投訴登記表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Complaint summary</source>
        <translation>投訴摘要</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>Complaints</source>
        <translation>投訴</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Complaints behind the record</source>
        <translation>相關投訴</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by category</source>
        <translation>按類別統計投訴</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by channel</source>
        <translation>按管道統計投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by department or tenant</source>
        <translation>按部門或商戶統計投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by severity</source>
        <translation>按嚴重程度統計投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints received</source>
        <translation>受理投訴數</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>Connected to PostgreSQL {version} on {host}; the database {name} holds Desk&apos;s records.</source>
        <translation>已連線到 {host} 上的 PostgreSQL {version}；資料庫 {name} 中有 Desk 的記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>Connected to PostgreSQL {version} on {host}; the database {name} is empty, and Desk makes its tables when it first opens it.</source>
        <translation>已連線到 {host} 上的 PostgreSQL {version}；資料庫 {name} 是空的，Desk 第一次開啟它時會建立資料表。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Connecting…</source>
        <translation>正在連線…</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Contacts</source>
        <translation>聯絡記錄</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Contacts with the customer</source>
        <translation>與顧客的聯絡</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>Copied {rows} rows of {tables} tables and {files} attachment files; counts and {sampled} sampled records match.</source>
        <translation>已複製 {tables} 個資料表的 {rows} 行和 {files} 個附件檔案；行數和抽查的 {sampled} 條記錄一致。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Core customer</source>
        <translation>核心客戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Corrective action</source>
        <translation>糾正措施</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Corrective action {id} does not exist.</source>
        <translation>糾正與預防措施記錄 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Corrective actions</source>
        <translation>糾正措施</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Corrective actions, after verification:</source>
        <translation>糾正與預防措施，自驗證起儲存：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Corrective and preventive action</source>
        <translation>糾正與預防措施</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Corrective and preventive action record</source>
        <translation>客訴糾正與預防措施記錄表</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Corrective and preventive actions</source>
        <translation>糾正與預防措施</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Current password:</source>
        <translation>目前密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/casework/documents.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Customer Service Desk</source>
        <translation>客戶服務台</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Customer class</source>
        <translation>客戶類別</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Customer consent</source>
        <translation>顧客是否同意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Customer contacted</source>
        <translation>已聯絡顧客</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Customer signature</source>
        <translation>顧客簽字</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Customer unreachable for the revisit</source>
        <translation>回訪時聯絡不上顧客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Customer&apos;s data…</source>
        <translation>顧客資訊…</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Customer&apos;s demands</source>
        <translation>顧客訴求</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Customer&apos;s opinion</source>
        <translation>顧客意見</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Customer&apos;s opinion…</source>
        <translation>顧客意見…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Customer&apos;s personal data</source>
        <translation>顧客個人資訊</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/services/revisits/calls.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Customer&apos;s words</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Customers satisfied with the result</source>
        <translation>對處理結果滿意的顧客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Customers to inform</source>
        <translation>待回饋進展的顧客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>今日備份已完成並通過驗證：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Daily review</source>
        <translation>每日查閱</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Daily trend</source>
        <translation>每日趨勢</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/file_check.py"/>
        <source>Damaged database</source>
        <translation>資料庫已損壞</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Database</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>Database error: {error}</source>
        <translation>資料庫錯誤：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Database:</source>
        <translation>資料庫：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Database: {path}</source>
        <translation>資料庫：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <source>Date (year/month/day): ________ / ____ / ____</source>
        <translation>日期：________年____月____日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Date changes</source>
        <translation>日期變更</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Date range</source>
        <translation>日期範圍</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Dates are month-day (mm-dd), times hours:minutes; score: satisfaction from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>日期為「月-日」（mm-dd），時間為「時:分」；評分：滿意度，1（非常不滿意）至 5（非常滿意）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Dear customer,</source>
        <translation>尊敬的顧客：</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Dear {name},</source>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Delete {n} cases closed before {date} and everything listed with them? This cannot be undone.</source>
        <translation>刪除 {date} 之前結案的 {n} 件投訴及上面列出的全部相關記錄嗎？刪除後無法恢復。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Demand</source>
        <translation>訴求</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Demand in the customer&apos;s words</source>
        <translation>顧客訴求（原話）</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Demands</source>
        <translation>訴求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Demo data: {count} example cases to try Desk out</source>
        <translation>示範資料：{count} 條示例投訴，用來試用 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Demo database {url}: {count} cases added.</source>
        <translation>示範資料庫 {url}：已新增 {count} 條投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/breakdowns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Department</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Department / tenant</source>
        <translation>部門/商戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Department manager</source>
        <translation>部門經理</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Department manager / floor supervisor</source>
        <translation>部門經理/樓層主管</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Department:</source>
        <translation>部門：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Department: {name}</source>
        <translation>部門：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Departments</source>
        <translation>部門</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Deputy GM</source>
        <translation>店副總</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Deputy GM signature</source>
        <translation>店副總簽字</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Describe what happened.</source>
        <translation>請填寫投訴經過。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>Desk backs up the database before it changes its tables, and PostgreSQL&apos;s pg_dump is not installed on this PC; install PostgreSQL&apos;s client tools, or back the server up yourself and run the command again with --no-backup.</source>
        <translation>Desk 在更改資料表之前會先備份資料庫，但這台電腦沒有安裝 PostgreSQL 的 pg_dump；請安裝 PostgreSQL 客戶端工具，或自行備份伺服器後加上 --no-backup 再執行該命令。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>Desk cannot reach the database server {server}; check the network and the server&apos;s address, or ask your IT support whether the server is running.</source>
        <translation>Desk 無法連線資料庫伺服器 {server}；請檢查網路和伺服器地址，或詢問 IT 支援人員伺服器是否在執行。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>Desk cannot reach the database server, so nothing was read or saved; check the network and the server&apos;s address, or ask your IT support whether the server is running.</source>
        <translation>Desk 無法連線資料庫伺服器，因此沒有讀取或儲存任何內容；請檢查網路和伺服器地址，或詢問 IT 支援人員伺服器是否在執行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/app.py"/>
        <source>Desk cannot start</source>
        <translation>Desk 無法啟動</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>Desk cannot use the database URL {url}: give a file path, sqlite:///PATH or postgresql://USER@SERVER/DATABASE.</source>
        <translation>Desk 無法使用資料庫地址 {url}：請給出檔案路徑、sqlite:///路徑 或 postgresql://使用者@伺服器/資料庫。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Desk clerk</source>
        <translation>服務台客服</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Desk clerk signature</source>
        <translation>服務台客服簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Desk complaint desk</source>
        <translation>Desk 客訴服務台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Desk is locked</source>
        <translation>Desk 已鎖定</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py"/>
        <source>Desk is still using the database {path}; close every Desk window (and wait for scheduled tasks to finish), then restore again.</source>
        <translation>Desk 仍在使用資料庫 {path}；請關閉所有 Desk 視窗（並等待計畫任務結束），然後再恢復。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Desk needs an administrator, who sets up the organisation and the accounts and gives everyone else their first password. Who is it?</source>
        <translation>Desk 需要一位系統管理員，負責組織設定和帳戶，併為其他人設定初始密碼。由誰擔任？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/guide.py"/>
        <source>Desk user guide</source>
        <translation>Desk 使用指南</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Desk {version}
The complaint desk of a hotel or shopping mall: complaint records, handling slips, revisits, corrective actions and reports.</source>
        <translation>Desk {version}
酒店與商場服務台的顧客投訴管理程式：投訴記錄、處理單、回訪、糾正與預防措施以及報表。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Desk: the complaint desk of a hotel or shopping mall.</source>
        <translation>Desk：酒店與商場服務台的顧客投訴管理程式。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Difference</source>
        <translation>增減</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <source>Difference (%)</source>
        <translation>增減幅度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/casework/case_work_state.py"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Double-click a file to open it.</source>
        <translation>雙擊檔案即可開啟。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <location filename="../../desk/ui/cases/complaint_save.py"/>
        <source>Draft kept at {time}</source>
        <translation>已於 {time} 儲存草稿</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_state.py"/>
        <source>Due soon</source>
        <translation>即將到期</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>E-mail</source>
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Earliest due date</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Edit history entries</source>
        <translation>修改歷史</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Effective</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/documents.py"/>
        <source>Effective: the same kind of complaint did not come back</source>
        <translation>有效：未再出現同類投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Enable</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>加密連線（TLS）</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Enter a phone number or an address so the customer can get an answer.</source>
        <translation>請填寫聯絡電話或地址，以便答覆顧客。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>Enter the amount as a number, e.g. 150.00.</source>
        <translation>請以數字填寫金額，例如 150.00。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Enter the complainant&apos;s name, or mark the complaint anonymous.</source>
        <translation>請填寫投訴人姓名，或將投訴標為匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Entry</source>
        <translation>條目</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>Entry {seq}</source>
        <translation>第 {seq} 條</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Environment / facilities</source>
        <translation>環境/設施</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Equipment</source>
        <translation>設備</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Erased the customer from {cases} cases ({files} attachment files deleted); the cases and their figures are kept.</source>
        <translation>已從 {cases} 件投訴中刪除該顧客的個人資訊（刪除了 {files} 個附件檔案）；投訴及其統計資料保留。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Erasing cannot be undone: add --yes to erase the customer.</source>
        <translation>刪除後無法恢復：請加上 --yes 以刪除該顧客的個人資訊。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Escalate</source>
        <translation>上報</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Escalated</source>
        <translation>已上報</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Escalated to</source>
        <translation>已升級至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Escalate…</source>
        <translation>上報…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Escalation</source>
        <translation>上報</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Escalation level</source>
        <translation>上報層級</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Every contact with the customer is kept, even when there is nothing new to tell.</source>
        <translation>每次與顧客的聯絡都要記錄，即使暫無新進展也要持續回饋。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Everything held about the person with this phone number (all their cases, slips, contacts, revisits, compensation and the list of attachments) goes into one workbook. The export is recorded.</source>
        <translation>該電話號碼顧客的全部資訊（所有投訴、處理單、聯絡記錄、回訪、賠償及附件清單）寫入一個工作簿。匯出會被記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Exchange</source>
        <translation>換貨</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Export the report</source>
        <translation>匯出報表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Export to Excel…</source>
        <translation>匯出為 Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Exported files:</source>
        <translation>匯出檔案：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Fair compensation</source>
        <translation>賠償合理</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>False advertising</source>
        <translation>虛假宣傳</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>File error: {error}</source>
        <translation>檔案錯誤：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>File name</source>
        <translation>檔名</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>Fill this in.</source>
        <translation>請填寫此項。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Filling in the demo data…</source>
        <translation>正在生成示範資料…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>First password:</source>
        <translation>初始密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response</source>
        <translation>首次回應</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response (h)</source>
        <translation>首次回應（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response, mean (hours)</source>
        <translation>首次回應平均時長（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response, median (hours)</source>
        <translation>首次回應時長中位數（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response: hours from intake to the first contact with the customer, handling slip or answer, for the cases received in the period.</source>
        <translation>首次回應：本期受理的投訴從受理到首次聯絡顧客、開具處理單或作出答覆所用的小時數。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>First {shown} of {count} pages shown</source>
        <translation>僅顯示前 {shown} 頁，共 {count} 頁</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Fit width</source>
        <translation>符合寬度</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Floor supervisor</source>
        <translation>樓層主管</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Floor supervisor signature</source>
        <translation>樓層主管簽字</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Friendly staff</source>
        <translation>員工態度友好</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Full name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>GM</source>
        <translation>店總</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>GM signature</source>
        <translation>店總簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>GM: not signed</source>
        <translation>店總：未簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>GM: {name}, {date}</source>
        <translation>店總：{name}，{date}</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Genuine: the code matches case {case_no} as stored.</source>
        <translation>真實有效：驗證碼與系統中儲存的投訴 {case_no} 一致。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Gift</source>
        <translation>贈品</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>Give a reason for cancelling the revisit.</source>
        <translation>請填寫取消回訪的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Give a reason for the new date.</source>
        <translation>請填寫更改日期的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Give a reason for voiding the case.</source>
        <translation>請填寫作廢原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Give the administrator a user name.</source>
        <translation>請為系統管理員填寫使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Give the case number: desk hold CASE_NO --reason TEXT.</source>
        <translation>請給出投訴編號：desk hold CASE_NO --reason TEXT。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/customers.py"/>
        <source>Give the customer&apos;s phone number (at least {n} digits).</source>
        <translation>請輸入顧客的電話號碼（至少 {n} 位數字）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>Give the head as printed on the report: its hex digits, optionally after the entry count (1234:3f2a9b0c1d2e).</source>
        <translation>請按報表上印的鏈頭填寫：十六進位制數字，可在前面加條目數（1234:3f2a9b0c1d2e）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>請用 --password-stdin 從標準輸入提供密碼。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Give the user name.</source>
        <translation>請填寫使用者名稱。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Greet the customer and say who you are: the customer service desk of {company}.</source>
        <translation>問候顧客並表明身份：{company}顧客服務台。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Handled at</source>
        <translation>處理時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Handled by</source>
        <translation>處理部門/人</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handled quickly</source>
        <translation>處理及時</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handled too slowly</source>
        <translation>處理太慢</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handler</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Handler signature</source>
        <translation>經辦人簽字</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Handling</source>
        <translation>處理情況</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Handling result</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handling result recorded</source>
        <translation>處理結果已登記</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Handling slip</source>
        <translation>處理單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Handling slip (Chinese and English)</source>
        <translation>處理單（中英文）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handling slip issued</source>
        <translation>處理單已開具</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Handling slips</source>
        <translation>處理單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Handling slips of {day}: {done} of {count} reviewed</source>
        <translation>{day} 的處理單：已查閱 {done} 張，共 {count} 張</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Handling slips reviewed (daily review)</source>
        <translation>已查閱的處理單（每日查閱）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Hash</source>
        <translation>雜湊值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Hold</source>
        <translation>保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Hold the case</source>
        <translation>保全此投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Hotline</source>
        <translation>服務熱線</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Hours overdue</source>
        <translation>超時小時數</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>How</source>
        <translation>聯絡方式</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <source>How the figures are counted</source>
        <translation>統計口徑說明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>How you tried to reach the customer</source>
        <translation>聯絡顧客所用的方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Import old records</source>
        <translation>匯入以前的記錄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Import old records...</source>
        <translation>匯入以前的記錄...</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>Imported from an earlier register</source>
        <translation>從以前的登記表匯入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Importing {name}...</source>
        <translation>正在匯入 {name}...</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <source>In Desk: {name}</source>
        <translation>Desk 記錄：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>In person</source>
        <translation>當面</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>In progress</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Incident place</source>
        <translation>發生地點</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <source>Incident time</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Intake receipt (80 mm roll)</source>
        <translation>投訴受理回執（80 毫米捲紙）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Intake receipt (A5)</source>
        <translation>投訴受理回執（A5）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Interrupted.</source>
        <translation>已中斷。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Issue a handling slip</source>
        <translation>開具處理單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Issue slip…</source>
        <translation>開具處理單…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Issue the slip</source>
        <translation>開具處理單</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Issued</source>
        <translation>開單時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Join a server</source>
        <translation>加入伺服器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Join a server shared by all desks…</source>
        <translation>加入所有服務台共用的伺服器…</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/policy.py"/>
        <source>Keep records between {low} and {high} years.</source>
        <translation>儲存期限須在 {low} 到 {high} 年之間。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Kept for a corrective action: {n} cases past the cut-off.</source>
        <translation>因糾正與預防措施保留：{n} 件已過期限的投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Kept on legal hold: {n} cases past the cut-off.</source>
        <translation>因依法保全保留：{n} 件已過期限的投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Key customer</source>
        <translation>重點客戶</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Last contact</source>
        <translation>上次聯絡</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Later</source>
        <translation>以後再說</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Legal hold</source>
        <translation>依法保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Legal holds (never purged)</source>
        <translation>依法保全（永不清理）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Legal hold…</source>
        <translation>依法保全…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Letter</source>
        <translation>來信</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Letter / e-mail</source>
        <translation>信函/電子郵件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/lock.py"/>
        <source>Lock / switch user</source>
        <translation>鎖定 / 切換使用者</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Locked by {name}. {name} or another person may sign in.</source>
        <translation>由{name}鎖定。{name}或其他人均可登入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Log</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Log an attempt that reached the customer first.</source>
        <translation>請先登記一次聯絡上顧客的回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Log call to the tenant</source>
        <translation>登記致電商戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Log customer contact</source>
        <translation>登記聯絡顧客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Log customer contact…</source>
        <translation>登記聯絡顧客…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Log files:</source>
        <translation>日誌資料夾：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Log tenant call…</source>
        <translation>登記致電商戶…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Logistics / delivery</source>
        <translation>物流/配送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Logo:</source>
        <translation>標誌：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Made by Desk on {date}</source>
        <translation>由 Desk 於 {date} 生成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Make administrator</source>
        <translation>設為系統管理員</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Management</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Manager</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Mark reviewed</source>
        <translation>標記為已查閱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Mask phone numbers (138****5678)</source>
        <translation>隱藏部分電話號碼（138****5678）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Mean resolution time (h)</source>
        <translation>平均處理時長（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Member No.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Member no.</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Member number</source>
        <translation>會員號</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Month {month}. Revisits: {total}; reached: {reached}; unreachable: {unreachable}; average satisfaction: {average}</source>
        <translation>月份：{month}。回訪：{total}；聯絡上：{reached}；聯絡不上：{unreachable}；平均滿意度：{average}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Monthly purge: {cases} cases past retention deleted.</source>
        <translation>每月清理：已刪除 {cases} 件超過儲存期限的投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Monthly report</source>
        <translation>月報</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Monthly revisit</source>
        <translation>月度回訪</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>NOT genuine: the code does not match case {case_no} as stored (the slip is forged or the case has changed since it was printed).</source>
        <translation>無效：驗證碼與系統中儲存的投訴 {case_no} 不一致（該單據系偽造，或投訴在列印後已被修改）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>Name the file to import (or --template FILE.xlsx).</source>
        <translation>請指定要匯入的檔案（或 --template FILE.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Name the owner of the action.</source>
        <translation>請填寫措施的責任人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Needed: the complaint was made in writing</source>
        <translation>需要：這是書面投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Needs approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>New</source>
        <translation>新登記</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>New complaint</source>
        <translation>新投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>New complaint record</source>
        <translation>新的投訴記錄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>New password again:</source>
        <translation>再次輸入新密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>New password:</source>
        <translation>新密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>New record: {name}</source>
        <translation>新記錄：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>New reply date</source>
        <translation>新的答覆日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/names.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>No answer after the last attempt: the customer is marked unreachable.</source>
        <translation>最後一次聯絡仍無人應答：已將顧客標記為聯絡不上。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/customers.py"/>
        <source>No case has the phone number {phone}.</source>
        <translation>沒有電話號碼為 {phone} 的投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>No control characters here.</source>
        <translation>此處不能有控制字元。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>No data yet</source>
        <translation>暫無資料</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>No data yet: corrective actions are not recorded in this database.</source>
        <translation>暫無資料：此資料庫中還沒有糾正與預防措施記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>No data yet: revisits are not recorded in this database.</source>
        <translation>暫無資料：此資料庫中還沒有回訪記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>No earlier cases for this number.</source>
        <translation>該號碼以前沒有投訴記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/output.py"/>
        <source>No free file name next to this file.</source>
        <translation>該檔案旁已沒有可用的檔名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>No handling slip yet</source>
        <translation>尚未開具處理單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>No logo</source>
        <translation>無標誌</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>No open cases.</source>
        <translation>沒有未結投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>No password came on standard input.</source>
        <translation>標準輸入中沒有密碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>No program on this computer opens {name}.</source>
        <translation>這台電腦上沒有能開啟 {name} 的程式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>No program to open {path} was found.</source>
        <translation>找不到可以開啟 {path} 的程式。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>No repeats at the moment.</source>
        <translation>目前沒有重複投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>No reply letter for this case: it is anonymous and has no address to send a letter to.</source>
        <translation>此投訴為匿名投訴且沒有地址，無法寄送書面答覆函。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>No revisits due</source>
        <translation>沒有到期的回訪</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>No revisits in this month.</source>
        <translation>該月沒有回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>No spaces or / ? # @ here.</source>
        <translation>此處不能有空格或 / ? # @。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>No staff are set up yet. Set up the organisation (sites, departments, tenants, staff) now?</source>
        <translation>還沒有設定員工。現在設定組織架構（門店、部門、商戶、員工）嗎？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>No such case</source>
        <translation>沒有這條投訴</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>No.</source>
        <translation>序號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Nobody signed in</source>
        <translation>未登入</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>None of the customer&apos;s cases here is resolved or closed, so there is nothing to reopen. Record a new complaint instead.</source>
        <translation>該顧客在此沒有已解決或已結案的投訴，無法重新受理。請改為登記新投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Not &amp;done</source>
        <translation>未完成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Not agreed</source>
        <translation>不同意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/documents.py"/>
        <source>Not effective: the same kind of complaint came back</source>
        <translation>無效：再次出現同類投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Not kept informed</source>
        <translation>未及時告知進展</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Not needed</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Not satisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Not satisfied at the revisit.</source>
        <translation>回訪時顧客不滿意。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Not satisfied at the revisit: {words}</source>
        <translation>回訪時顧客不滿意：{words}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Not satisfied: case reopened</source>
        <translation>不滿意：已重新受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Not satisfied: offer to reopen the case or to record a new complaint. Thank them.</source>
        <translation>如顧客不滿意：可提出重新受理該投訴或登記新投訴。最後向顧客致謝。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Not satisfied: re&amp;open the case</source>
        <translation>不滿意：重新受理投訴(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/documents.py"/>
        <source>Not verified yet</source>
        <translation>尚未驗證</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Note (optional)</source>
        <translation>備註（選填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Nothing here</source>
        <translation>暫無</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/tables.py"/>
        <source>Nothing in this period.</source>
        <translation>本期沒有資料。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Now with: {level} {owner}. Escalating moves the case to: {next}.</source>
        <translation>目前處理：{level} {owner}。上報後將轉至：{next}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Object of the complaint</source>
        <translation>投訴對象</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>On hold</source>
        <translation>保全中</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/casework/case_work_state.py"/>
        <source>On time</source>
        <translation>未超時</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>On-time share</source>
        <translation>按時結案率</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Only a resolved or closed case can be reopened.</source>
        <translation>只有已解決或已結案的投訴才能重新受理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>Only complaints from channels such as the suggestion box can be anonymous.</source>
        <translation>只有來自意見箱等管道的投訴可以匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Only complaints from the suggestion box, letters, the web or social media can be anonymous.</source>
        <translation>只有來自意見箱、來信、網頁或社交媒體的投訴可以匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may answer at the desk, issue and close handling slips: {roles}.</source>
        <translation>只有以下職務可以當場答覆、開具處理單和結案：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may approve this compensation: {roles}.</source>
        <translation>只有以下職務可以批准這筆賠償：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may change accounts: {roles}.</source>
        <translation>只有以下職務可以修改帳戶：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may change the setup: {roles}.</source>
        <translation>只有以下職務可以修改設定：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may decide on retention, holds and personal data: {roles}.</source>
        <translation>只有以下職務可以決定儲存期限、保全和個人資料：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may record a handling result: {roles}.</source>
        <translation>只有以下職務可以登記處理結果：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may record and edit complaints: {roles}.</source>
        <translation>只有以下職務可以登記和修改投訴：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may reopen a case: {roles}.</source>
        <translation>只有以下職務可以重新受理投訴：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may review the day&apos;s handling slips: {roles}.</source>
        <translation>只有以下職務可以審閱當天的處理單：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may sign a corrective action as GM: {roles}.</source>
        <translation>只有以下職務可以以店總身份簽署糾正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may sign a corrective action as operations manager: {roles}.</source>
        <translation>只有以下職務可以以營運經理身份簽署糾正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may sign a handling slip off: {roles}.</source>
        <translation>只有以下職務可以審核處理單：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may verify a corrective action: {roles}.</source>
        <translation>只有以下職務可以驗證糾正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may void a case: {roles}.</source>
        <translation>只有以下職務可以作廢投訴：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may work on cases (contacts, dates, escalation, revisits): {roles}.</source>
        <translation>只有以下職務可以處理投訴（聯絡、日期、上報、回訪）：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may work on corrective actions: {roles}.</source>
        <translation>只有以下職務可以處理糾正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Open and overdue: cases not closed at the end of the period (or now, for a period still running); overdue when the promised reply date has passed by then.</source>
        <translation>未結與超時：在期末（本期尚未結束時為目前）仍未結案的投訴；屆時已過承諾答覆日期的計為超時。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Open at the end of the day</source>
        <translation>當日結束時未結</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Open at the end of the period</source>
        <translation>期末未結</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Open cases</source>
        <translation>未結投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Open corrective action #{id}</source>
        <translation>開啟糾正措施記錄 #{id}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Open the file</source>
        <translation>開啟檔案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <source>Open them again to finish them? No throws the changes away.</source>
        <translation>重新開啟以便完成嗎？選擇「否」將丟棄這些修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Open them again to finish them? No throws them away.</source>
        <translation>要重新開啟並繼續填寫嗎？選「否」將丟棄這些記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Opened</source>
        <translation>建立時間</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Opened by</source>
        <translation>建立人</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Opened by hand</source>
        <translation>手動建立</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Opened {date} by {name} · {source} · same kind means: {criteria}</source>
        <translation>{name}於 {date} 建立 · {source} · 同類投訴的判定：{criteria}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Operations manager</source>
        <translation>營運經理</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Operations manager signature</source>
        <translation>營運經理簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Operations manager: not signed</source>
        <translation>營運經理：未簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Operations manager: {name}, {date}</source>
        <translation>營運經理：{name}，{date}</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Opinion in their words</source>
        <translation>顧客原話</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Or responsible person&apos;s name</source>
        <translation>或填寫負責人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Or the owner&apos;s name</source>
        <translation>或填寫責任人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Or why there is none</source>
        <translation>或填寫不作答覆的原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Ordinary customer</source>
        <translation>普通客戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/breakdowns.py"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <location filename="../../desk/ui/casework/case_work_state.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Overdue</source>
        <translation>已超時</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Overdue at the end of the period</source>
        <translation>期末超時</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Overdue cases</source>
        <translation>超時投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Overdue cases at the end of the period</source>
        <translation>期末超時投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Overdue: the promised reply time has passed.</source>
        <translation>已超時：已過承諾答覆時間。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Owner</source>
        <translation>責任人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 檔案 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>PROBLEM: {text}</source>
        <translation>問題：{text}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/layout.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 頁，共 {pages} 頁</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Password again:</source>
        <translation>再次輸入密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Password of {name} set.</source>
        <translation>已設定 {name} 的密碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Past retention</source>
        <translation>超過儲存期限</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>People</source>
        <translation>人員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Periodic (core/key customer)</source>
        <translation>定期回訪（核心/重點客戶）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>Permission denied: {path}</source>
        <translation>沒有存取權限：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Person:</source>
        <translation>人員：</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Personal data held about a customer</source>
        <translation>所儲存的顧客個人資訊</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/org/company.py"/>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Phone numbers are masked unless the report was made with masking turned off.</source>
        <translation>除非生成報表時關閉了號碼遮蔽，電話號碼均已部分隱藏。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Phone {phone}: {cases} cases. Made {when}.</source>
        <translation>電話 {phone}：{cases} 件投訴。生成於 {when}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Photos, audio, video, PDF (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.mp3 *.m4a *.amr *.wav *.ogg *.flac *.mp4 *.mov *.avi *.webm *.pdf);;All files (*)</source>
        <translation>照片、音訊、影片、PDF (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.mp3 *.m4a *.amr *.wav *.ogg *.flac *.mp4 *.mov *.avi *.webm *.pdf);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick a category.</source>
        <translation>請選擇投訴類別。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick a customer class.</source>
        <translation>請選擇客戶類別。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Pick a revisit from the list.</source>
        <translation>請從清單中選擇一條回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>Pick a role.</source>
        <translation>請選擇職務。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Pick a root-cause category.</source>
        <translation>請選擇原因類別。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick a severity.</source>
        <translation>請選擇嚴重程度。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Pick corrective or preventive.</source>
        <translation>請選擇糾正措施或預防措施。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/vocab.py"/>
        <source>Pick customer classes from the list.</source>
        <translation>請從清單中選擇客戶類別。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Pick how the customer was contacted.</source>
        <translation>請選擇聯絡顧客的方式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Pick how you tried to reach the customer.</source>
        <translation>請選擇聯絡顧客所用的方式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the channel the complaint came through.</source>
        <translation>請選擇投訴管道。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Pick the complaints the action is about.</source>
        <translation>請選擇該措施針對的投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the department the complaint is about.</source>
        <translation>請選擇被投訴的部門。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>Pick the kind of compensation.</source>
        <translation>請選擇賠償方式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Pick the reasons from the list.</source>
        <translation>請從清單中選擇原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Pick the responsible department.</source>
        <translation>請選擇責任部門。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the staff member the complaint is about.</source>
        <translation>請選擇被投訴的員工。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the tenant the complaint is about.</source>
        <translation>請選擇被投訴的商戶。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Pick the tenant.</source>
        <translation>請選擇商戶。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick what the complaint is about.</source>
        <translation>請選擇投訴對象。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Place</source>
        <translation>地點</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Please correct the marked fields first.</source>
        <translation>請先修改標出的欄位。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>Please tell the customer: we will reply by {when}.</source>
        <translation>請告知顧客：我們將於 {when} 前答覆。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Poor attitude</source>
        <translation>服務態度差</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Port:</source>
        <translation>埠：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Potential customer</source>
        <translation>潛在客戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Pre-breach warnings</source>
        <translation>即將超時預警</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Prepared by (desk clerk)</source>
        <translation>製表人（服務台客服）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Preparing the document…</source>
        <translation>正在生成單據…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Preventive action</source>
        <translation>預防措施</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Previous period</source>
        <translation>上期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Pri&amp;nt…</source>
        <translation>列印(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Price dispute</source>
        <translation>價格糾紛</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Print</source>
        <translation>列印</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_save.py"/>
        <source>Print receipt</source>
        <translation>列印回執</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Print {title}</source>
        <translation>列印{title}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Print...</source>
        <translation>列印...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Problem and root cause</source>
        <translation>問題與根本原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Problem not solved</source>
        <translation>問題未解決</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Problem solved</source>
        <translation>問題已解決</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Problem that keeps coming back</source>
        <translation>反覆出現的問題</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Product or service</source>
        <translation>商品或服務</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Product quality / defect</source>
        <translation>商品品質/缺陷</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/breakdowns.py"/>
        <source>Product, service or other</source>
        <translation>商品、服務或其他</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Promised reply</source>
        <translation>承諾答覆時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Propose</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Propose compensation</source>
        <translation>提出賠償方案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Propose compensation…</source>
        <translation>提出賠償方案…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purge automatically each month</source>
        <translation>每月自動清理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purge now</source>
        <translation>立即清理</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purged {cases} cases (closed before {date}), {files} attachment files, {capas} corrective actions.</source>
        <translation>已清理 {cases} 件投訴（{date} 之前結案）、{files} 個附件檔案、{capas} 項糾正與預防措施。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purging...</source>
        <translation>正在清理……</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purging... {done} of {total} cases deleted.</source>
        <translation>正在清理……已刪除 {done} / {total} 件投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Quit Desk</source>
        <translation>退出 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>R&amp;efresh</source>
        <translation>重新整理(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Raised at the revisit of case {case_no}.</source>
        <translation>在投訴 {case_no} 的回訪中提出。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Re: your complaint {case_no}</source>
        <translation>關於您的投訴（編號 {case_no}）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Reached</source>
        <translation>聯絡上</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Reactivate</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/common/validation.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Reason (mediation, authority, court)</source>
        <translation>原因（調解、行政機關、法院）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Reasons</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/cases/importing.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Received</source>
        <translation>受理時間</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Received: cases recorded in the period. Void cases are not counted anywhere.</source>
        <translation>受理數：本期登記的投訴。已作廢的投訴不計入任何統計。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Record</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Record No.</source>
        <translation>記錄編號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Record result…</source>
        <translation>登記處理結果…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Record the answer</source>
        <translation>登記答覆</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Record the customer&apos;s opinion.</source>
        <translation>請登記顧客意見。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Record the customer&apos;s satisfaction (1 to 5).</source>
        <translation>請登記顧客滿意度（1 到 5）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Record the handling result before closing.</source>
        <translation>結案前請先登記處理結果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Record the result</source>
        <translation>登記處理結果</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Recorded by</source>
        <translation>記錄人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Recorded by (signature)</source>
        <translation>記錄人（簽字）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Recorded {when}</source>
        <translation>已於 {when} 登記</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Release selected</source>
        <translation>解除所選保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Release the hold</source>
        <translation>解除保全</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Remind them of their complaint of {date} (case {case_no}) and of the result given.</source>
        <translation>提及顧客於 {date} 的投訴（編號 {case_no}）及當時給出的處理結果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Rendering pages…</source>
        <translation>正在生成頁面…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Reopen</source>
        <translation>重新受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Reopen the case</source>
        <translation>重新受理投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Reopen…</source>
        <translation>重新受理…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Repair</source>
        <translation>維修</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Repeat complaint: a case received in the period whose phone number complained before within {repeat_days} days; share of the received cases with a phone number.</source>
        <translation>重複投訴：本期受理的投訴中，同一電話號碼在此前 {repeat_days} 天內投訴過的；按留有電話號碼的受理投訴計算比例。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Repeat complaints (same phone within {days} days)</source>
        <translation>重複投訴（{days} 天內同一電話）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Repeats</source>
        <translation>重複投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Repeats: {count} suggestions</source>
        <translation>重複投訴：{count} 條建議</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Repeats: {count} suggestions, the first {shown} shown</source>
        <translation>重複投訴：{count} 條建議，顯示前 {shown} 條</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Reply</source>
        <translation>答覆</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <source>Reply date changed</source>
        <translation>答覆日期已更改</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Reply due</source>
        <translation>答覆期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Reply due soon: most of the time to the promised reply is used.</source>
        <translation>即將到期：承諾答覆的時間已用去大半。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Reply promised by</source>
        <translation>承諾答覆時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>Reply promised by {when}</source>
        <translation>承諾於 {when} 前答覆</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>Reply time must be between 0 and 8760 hours.</source>
        <translation>答覆時限必須在 0 到 8760 小時之間。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Reply to your complaint</source>
        <translation>投訴答覆函</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Report</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Report summary</source>
        <translation>彙總</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Reports</source>
        <translation>報表</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time (h)</source>
        <translation>處理時長（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time, mean (hours)</source>
        <translation>處理平均時長（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time, median (hours)</source>
        <translation>處理時長中位數（小時）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time: hours from intake to the handling result (or to the closing when no result was recorded), for the cases closed in the period.</source>
        <translation>處理時長：本期結案的投訴從受理到登記處理結果（未登記處理結果的算到結案）所用的小時數。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Responsible</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Responsible department</source>
        <translation>責任部門</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <source>Responsible person</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Responsible staff</source>
        <translation>責任人</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Restored {backup} to {path}.</source>
        <translation>已將 {backup} 恢復到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Result</source>
        <translation>處理結果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Result given: {result}</source>
        <translation>當時的處理結果：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Result of the revisit</source>
        <translation>回訪結果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Retention</source>
        <translation>儲存期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Retention and legal holds</source>
        <translation>儲存期限與依法保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Retention and legal holds...</source>
        <translation>儲存期限與依法保全...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Retention policy</source>
        <translation>儲存期限規定</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Return / exchange</source>
        <translation>退換貨</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>Returning customer. Earlier cases: {count}, the last on {date}.</source>
        <translation>老顧客。以前的投訴：{count} 條，最近一次在 {date}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Review...</source>
        <translation>檢視...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Reviewed</source>
        <translation>查閱情況</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Reviewed by (operations manager)</source>
        <translation>查閱人（營運經理）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Revisit</source>
        <translation>回訪</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Revisit attempt</source>
        <translation>回訪聯絡</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Revisit coverage (customers reached)</source>
        <translation>回訪覆蓋率（聯絡上的顧客）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Revisit coverage: share of the customers who complained in the period before (one customer per phone number) that a revisit had reached by the end of this period.</source>
        <translation>回訪覆蓋率：上一期投訴的顧客（同一電話號碼算一位顧客）中，到本期結束時已經通過回訪聯絡上的比例。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Revisit done</source>
        <translation>回訪已完成</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>Revisit log</source>
        <translation>客戶回訪記錄表</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Revisit scheduled</source>
        <translation>已安排回訪</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>Revisit {id} does not exist.</source>
        <translation>回訪記錄 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>Revisited by</source>
        <translation>回訪人</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Revisits</source>
        <translation>回訪</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>Revisits created: {monthly} for the monthly campaign, {periodic} periodic.</source>
        <translation>已建立回訪：月度回訪 {monthly} 條，定期回訪 {periodic} 條。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Revisits due in the period</source>
        <translation>本期應回訪</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Revisits due today, {date} ({count})</source>
        <translation>今日（{date}）到期的回訪（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Role</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Role:</source>
        <translation>職務：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Roles</source>
        <translation>職務</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Room / member No.</source>
        <translation>房號 / 會員號</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Room No.</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Room no.</source>
        <translation>房號</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Room number</source>
        <translation>房間號</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Root ca&amp;use</source>
        <translation>根本原因(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Root-cause ca&amp;tegory</source>
        <translation>原因類別(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Root-cause category</source>
        <translation>原因類別</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Route</source>
        <translation>處理方式</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>SMS</source>
        <translation>簡訊</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Same customer again</source>
        <translation>同一顧客再次投訴</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Same kind in the period</source>
        <translation>期內同類投訴</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Same kind means</source>
        <translation>同類投訴的判定</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Same object, same category</source>
        <translation>同一對象、同類投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Satisf&amp;ied</source>
        <translation>滿意(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Satisfaction</source>
        <translation>滿意度</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Satisfaction (1–5)</source>
        <translation>滿意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Satisfaction at the revisit (1–5)</source>
        <translation>回訪滿意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>滿意度為 1 到 5 分。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Satisfaction: share of customers satisfied with the result, among the opinions recorded on the slips of the cases closed in the period.</source>
        <translation>滿意度：本期結案投訴的處理單上登記了顧客意見的，其中對處理結果滿意的比例。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Save again to keep what you typed over the saved values.</source>
        <translation>再次儲存，即以您填寫的內容替換已儲存的內容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Save as</source>
        <translation>另存為</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Save as…</source>
        <translation>另存為…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Save password</source>
        <translation>儲存密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Save policy</source>
        <translation>儲存規定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Save the PDF as</source>
        <translation>將 PDF 另存為</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Save the changes to case {case_no}?</source>
        <translation>儲存對投訴 {case_no} 的修改嗎？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <source>Save the changes to {number}?</source>
        <translation>儲存對 {number} 的修改嗎？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Saved now</source>
        <translation>目前已儲存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Saved now ({changed})</source>
        <translation>目前已儲存（{changed}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Saved.</source>
        <translation>已儲存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Saved: the customer is satisfied.</source>
        <translation>已儲存：顧客滿意。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <location filename="../../desk/ui/kit/dialogs.py"/>
        <source>Saving...</source>
        <translation>正在儲存...</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Say why the case is escalated.</source>
        <translation>請填寫上報原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>Say why the case is held (for example: consumers&apos; association mediation).</source>
        <translation>請說明保全原因（例如：消費者協會調解中）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Say why the case is held: desk hold CASE_NO --reason TEXT.</source>
        <translation>請說明保全原因：desk hold CASE_NO --reason TEXT。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Say why the revisit will not happen (the case was voided, the customer asked not to be called…).</source>
        <translation>請說明不進行回訪的原因（投訴已作廢、顧客要求不要來電…）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/settings.py"/>
        <source>Say yes or no.</source>
        <translation>請選擇是或否。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Scan the code to check that this slip is genuine.</source>
        <translation>掃描QR Code可核驗本單真偽。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.bmp);;All files (*)</source>
        <translation>掃描件和照片 (*.pdf *.jpg *.jpeg *.png *.heic *.bmp);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Send the slip to a department or a tenant.</source>
        <translation>請將處理單轉給部門或商戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Send to</source>
        <translation>轉交</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Sent to</source>
        <translation>轉交至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sent to the GM</source>
        <translation>已上報店總</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Serious</source>
        <translation>嚴重</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Service</source>
        <translation>服務</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Service attitude</source>
        <translation>服務態度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Service desk phone:</source>
        <translation>服務台電話：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Set password</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Set password...</source>
        <translation>設定密碼...</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Set the date the action is due.</source>
        <translation>請設定措施的完成期限。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Set up floor supervisors...</source>
        <translation>設定樓層主管…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Set up the organisation</source>
        <translation>設定組織架構</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Share of received</source>
        <translation>佔受理數比例</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Shop</source>
        <translation>商戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Shop name</source>
        <translation>店鋪名稱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Shop: {name}</source>
        <translation>店鋪：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Show figures</source>
        <translation>顯示資料</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/phone_reveal.py"/>
        <source>Show the whole number</source>
        <translation>顯示完整號碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/phone_reveal.py"/>
        <source>Show the whole number (written to the audit trail)</source>
        <translation>顯示完整號碼（會記入審計記錄）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Sign as &amp;GM</source>
        <translation>以店總身份簽字(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Sign as &amp;operations manager</source>
        <translation>以營運經理身份簽字(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Sign in as one of {users}; the password of each is {password}.</source>
        <translation>可用以下任一帳戶登入：{users}；密碼均為 {password}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Sign in to Desk</source>
        <translation>登入 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/session.py"/>
        <source>Sign in to do this.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Sign in with your user name and password.</source>
        <translation>請用您的使用者名稱和密碼登入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sign off</source>
        <translation>審核通過</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sign off the handling slip of case {case_no} to {target}, agreed reply by {date}? Only the operations manager (or the deputy GM or GM) can sign off.</source>
        <translation>確定審核通過投訴 {case_no} 的處理單（轉交{target}，承諾於 {date} 前答覆）嗎？只有營運經理（或店副總、店總）可以審核。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sign off the slip</source>
        <translation>審核處理單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Sign off…</source>
        <translation>審核…</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Sign-off</source>
        <translation>簽字審核</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Signatures</source>
        <translation>簽字確認</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Signed</source>
        <translation>簽字時間</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Signed already.</source>
        <translation>已簽字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Signed in: {name} ({roles})</source>
        <translation>已登入：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Signed off in Desk by {name}, {when}</source>
        <translation>已在 Desk 中由{name}簽核，{when}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Signed slip attached</source>
        <translation>已附顧客簽字的處理單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Signed {when}</source>
        <translation>已於 {when} 簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Signed.</source>
        <translation>已簽字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Since</source>
        <translation>開始時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Site</source>
        <translation>門店</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Sites</source>
        <translation>門店</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Size (bytes)</source>
        <translation>大小（位元組）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Slip signed off by the operations manager</source>
        <translation>營運經理已審核處理單</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Social media</source>
        <translation>社交媒體</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/crash.py"/>
        <source>Something went wrong. Desk keeps running; please save your work and tell the person who looks after this computer.</source>
        <translation>程式出錯了。Desk 仍可繼續使用；請先儲存手頭的工作，並告知負責這台電腦的同事。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Staff member</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Start on this PC: an empty database, for real work</source>
        <translation>在本機開始：空資料庫，用於正式工作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Start with</source>
        <translation>開始使用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>State the problem and pick the root-cause category before signing.</source>
        <translation>簽字前請寫明問題並選擇原因類別。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>Still open: {cases}</source>
        <translation>尚未結案：{cases}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Straight to the GM (media-exposed / acute)</source>
        <translation>直接上報店總（媒體曝光/情況緊急）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Suggestion box</source>
        <translation>意見箱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Take a file off the list before the record is saved</source>
        <translation>在儲存記錄前將檔案從清單中移除</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Tell the customer the result (log the contact or their opinion) before closing.</source>
        <translation>結案前請先把處理結果告知顧客（登記聯絡記錄或顧客意見）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>Template written: {path}</source>
        <translation>模板已寫入：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/breakdowns.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Tenant</source>
        <translation>商戶</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Tenant / shop</source>
        <translation>商戶/店鋪</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Tenant call</source>
        <translation>致電商戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Tenant follow-ups due</source>
        <translation>待跟進的商戶投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Tenant slips go through a floor supervisor, and none is set up yet.</source>
        <translation>商戶處理單須經樓層主管，目前尚未設定樓層主管。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Tenant slips go through a floor supervisor; add one in the organisation setup.</source>
        <translation>商戶處理單須經樓層主管轉交；請先在組織設定中新增樓層主管。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Tenant&apos;s manager called</source>
        <translation>已致電商戶負責人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Tenants</source>
        <translation>商戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for coming to our service desk on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感謝您於 {date} 到服務台反映情況（投訴編號 {case_no}）。我們重視每一條投訴，已對此事進行了認真調查。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>Thank you for telling us. Please keep this receipt.</source>
        <translation>感謝您的回饋。請妥善保管本回執。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your call on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感謝您於 {date} 來電反映情況（投訴編號 {case_no}）。我們重視每一條投訴，已對此事進行了認真調查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your complaint received on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感謝您於 {date} 反映的情況（投訴編號 {case_no}）。我們重視每一條投訴，已對此事進行了認真調查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your e-mail received on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感謝您於 {date} 發來的電子郵件（投訴編號 {case_no}）。我們重視每一條投訴，已對此事進行了認真調查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your letter received on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感謝您於 {date} 的來信（投訴編號 {case_no}）。我們重視每一條投訴，已對此事進行了認真調查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>That compensation does not exist.</source>
        <translation>該賠償記錄不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>That department does not exist.</source>
        <translation>該部門不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <source>That handling slip no longer exists.</source>
        <translation>該處理單已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The PDF file has no pages.</source>
        <translation>PDF 檔案沒有任何頁面。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The PDF file is damaged or is not a PDF ({error}).</source>
        <translation>PDF 檔案已損壞或不是 PDF 檔案（{error}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The PDF file is missing: {path}</source>
        <translation>找不到 PDF 檔案：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The account {name} is disabled; ask the administrator.</source>
        <translation>帳戶 {name} 已停用，請聯絡系統管理員。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The action no longer exists.</source>
        <translation>該措施已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>The administrator</source>
        <translation>系統管理員</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The agreed reply date may change only {limit} times, and both changes have been used. The date stays as it was and the case has gone straight to the GM.</source>
        <translation>承諾答覆日期最多只能變更 {limit} 次，現已用完。日期保持不變，投訴已直接上報店總。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The agreed reply date must be in the future.</source>
        <translation>承諾答覆日期必須晚於現在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>The amount must be between 0 and 10,000,000.</source>
        <translation>金額必須在 0 到 10,000,000 之間。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>The attached file is missing from the data folder ({path}).</source>
        <translation>資料目錄中找不到該附件（{path}）。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>The attached file is missing from the database server; it may have been deleted at another desk.</source>
        <translation>資料庫伺服器上找不到該附件檔案；它可能已在另一台服務台被刪除。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>The audit trail is intact: {count} entries, head {hex}.</source>
        <translation>審計記錄完整：{count} 條，鏈頭 {hex}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>The backup and the database are the same file.</source>
        <translation>備份和資料庫是同一個檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py"/>
        <source>The backup copy failed its integrity check: {result}</source>
        <translation>備份副本未通過完整性檢查：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py"/>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation>備份到 {folder} 失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <location filename="../../desk/store/backup.py"/>
        <source>The backup {path} is damaged: {result}</source>
        <translation>備份 {path} 已損壞：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The case has a result; there is no reply date to move.</source>
        <translation>該投訴已有處理結果，無須更改答覆日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The case is closed already.</source>
        <translation>該投訴已結案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>The case is reopened and linked to this revisit.</source>
        <translation>投訴已重新受理，並已關聯到本次回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>The case is void already.</source>
        <translation>該投訴已作廢。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The case is with the GM already.</source>
        <translation>該投訴已上報至店總。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The case of this revisit no longer exists (it was deleted). Cancel the revisit.</source>
        <translation>本次回訪對應的投訴已不存在（已被刪除）。請取消本次回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>The case was deleted on another desk; nothing was saved.</source>
        <translation>該投訴已在另一台電腦上刪除；沒有儲存任何內容。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>The chosen entry no longer exists.</source>
        <translation>所選項目已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The comment is too long (at most 2000 characters).</source>
        <translation>意見過長（最多 2000 個字元）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <source>The comment is too long: {count} characters, at most {limit}.</source>
        <translation>意見過長：共 {count} 個字元，最多 {limit} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>The compensation is approved already.</source>
        <translation>該賠償已批准。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>The complainant confirms that this record is correct.</source>
        <translation>投訴人確認以上記錄屬實。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The complaint form is not part of this build.</source>
        <translation>此版本不包含投訴登記表。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>The complaint is recorded.</source>
        <translation>投訴已登記。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The complaints behind it</source>
        <translation>相關投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The complaints of the same kind are counted from {from_date} to {to_date}.</source>
        <translation>統計 {from_date} 至 {to_date} 期間的同類投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The copy of {table} differs from the original; the target is not a faithful copy.</source>
        <translation>{table} 的副本與原資料不同；目標資料庫不是準確的副本。</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The copy of {table} has {found} rows instead of {expected}; the target is incomplete.</source>
        <translation>{table} 的副本有 {found} 行，而不是 {expected} 行；目標資料庫不完整。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The corrective action record</source>
        <translation>糾正與預防措施記錄</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The current password is wrong.</source>
        <translation>目前密碼不正確。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The customer agreed to the new date</source>
        <translation>顧客已同意新的日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>The customer has been told the handling result above.</source>
        <translation>已將上述處理結果告知顧客。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer left no phone number or address; cancel the revisit if there is no other way to reach them.</source>
        <translation>顧客沒有留下電話和地址；如無其他聯絡途徑，請取消本次回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer left no phone number. Visit them or write to {address}, then log it as a visit.</source>
        <translation>顧客沒有留下電話。請上門拜訪或致函 {address}，然後登記為上門回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer left no phone number; a call, SMS or WeChat cannot reach them. Log a visit.</source>
        <translation>顧客沒有留下電話，無法透過電話、簡訊或微信聯絡。請登記為上門回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The customer signs the printed slip</source>
        <translation>請顧客在列印出的處理單上簽字</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer was reached already; record what they said.</source>
        <translation>已聯絡上顧客，請登記顧客的意見。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>The customer&apos;s cases</source>
        <translation>該顧客的投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The customer&apos;s signed slip has not come back yet.</source>
        <translation>顧客簽字的處理單尚未交回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The daily backup failed: {error}</source>
        <translation>今日自動備份失敗：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The database answers again.</source>
        <translation>資料庫已恢復連線。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The database cannot be reached; Desk keeps trying and nothing typed is lost.</source>
        <translation>無法連線資料庫；Desk 會自動重試，已填寫的內容不會丟失。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database file cannot be opened; check that its folder exists and that this Windows user may write there.</source>
        <translation>無法開啟資料庫檔案；請檢查其所在資料夾是否存在，以及目前 Windows 使用者是否有寫入權限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database file is damaged; close Desk and restore the latest verified backup with &quot;desk restore BACKUP&quot;.</source>
        <translation>資料庫檔案已損壞；請關閉 Desk，然後用「desk restore 備份檔案」恢復最近一份已驗證的備份。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database file is read-only, so nothing can be saved; give this Windows user permission to change the file and its folder.</source>
        <translation>資料庫檔案為只讀，無法儲存任何內容；請給目前 Windows 使用者修改該檔案及其資料夾的權限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The database has tables this Desk does not know ({tables}); copy it with the Desk that made them.</source>
        <translation>資料庫中有此版本 Desk 不認識的資料表（{tables}）；請用建立這些表的 Desk 來複制。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server accepts no changes now (it is a read-only copy), so nothing was saved; connect Desk to the main server, or ask your IT support.</source>
        <translation>資料庫伺服器目前不接受更改（它是只讀副本），因此沒有儲存任何內容；請將 Desk 連線到主伺服器，或詢問 IT 支援人員。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server does not let this user change Desk&apos;s tables, so nothing was saved; ask your IT support to give the user its rights on the database.</source>
        <translation>資料庫伺服器不允許此使用者更改 Desk 的資料表，因此沒有儲存任何內容；請讓 IT 支援人員授予該使用者對資料庫的權限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server has no database of that name; check the name, or ask your IT support to create it.</source>
        <translation>資料庫伺服器上沒有該名稱的資料庫；請檢查名稱，或請 IT 支援人員建立它。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server refused the user name or password; check them in Settings &gt; Database (or in --db), or ask your IT support.</source>
        <translation>資料庫伺服器拒絕了使用者名稱或密碼；請在「設定 &gt; 資料庫」（或 --db）中檢查，或詢問 IT 支援人員。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The database server {server} has no database named {name}; check the name, or ask your IT support to create it.</source>
        <translation>資料庫伺服器 {server} 上沒有名為 {name} 的資料庫；請檢查名稱，或請 IT 支援人員建立它。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The database server {server} refused the user {user} or its password; check them in Settings &gt; Database (or in --db), or ask your IT support.</source>
        <translation>資料庫伺服器 {server} 拒絕了使用者 {user} 或其密碼；請在「設定 &gt; 資料庫」（或 --db）中檢查，或詢問 IT 支援人員。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database stayed busy with another program&apos;s save for too long, so nothing was saved; try again in a moment.</source>
        <translation>資料庫被另一個程式的儲存佔用太久，本次未儲存任何內容；請稍後再試。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>The database {path} is damaged ({detail}) and there is no sound backup in {folder}; keep the file as it is and ask your IT support for help.</source>
        <translation>資料庫 {path} 已損壞（{detail}），且 {folder} 中沒有完好的備份；請保持該檔案原樣，並向 IT 支援求助。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>The database {path} is damaged ({detail}); close every Desk window, then restore the latest verified backup with: desk restore &quot;{backup}&quot;</source>
        <translation>資料庫 {path} 已損壞（{detail}）；請關閉所有 Desk 視窗，然後用以下命令恢復最近一份已驗證的備份：desk restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/store/location.py"/>
        <source>The database {path} is on a network share. SQLite files can be damaged when they are used over a network; keep the database on this PC&apos;s own disk (the default data folder), or connect all desks to a shared database server.</source>
        <translation>資料庫 {path} 位於網路共享資料夾中。SQLite 檔案透過網路使用時可能損壞；請把資料庫放在本機硬碟上（預設的資料目錄），或讓所有服務台連線同一台資料庫伺服器。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>The demo data could not be added: {error}</source>
        <translation>無法新增示範資料：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The desk answers the complaint itself; the result and the customer&apos;s opinion go on the slip.</source>
        <translation>由服務台直接答覆投訴；處理結果和顧客意見記在處理單上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The desk answers the written complaint itself. Record the answer here, then write the reply letter in the company&apos;s name (Written reply...).</source>
        <translation>由服務台直接答覆該書面投訴。請在此記錄答覆內容，然後以公司名義撰寫書面答覆（書面答覆…）。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The disk is full, so nothing was saved; free some space on it and try again.</source>
        <translation>磁碟已滿，本次未儲存任何內容；請清理出一些空間後再試。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk (or its cable) and try again.</source>
        <translation>讀寫資料庫時磁碟報告錯誤，本次未儲存任何內容；請檢查磁碟（或其連線線）後再試。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/display.py"/>
        <source>The display {display} cannot be reached: start Desk on a desktop, or use its commands (desk --help).</source>
        <translation>無法連線顯示器 {display}：請在桌面環境中啟動 Desk，或使用其命令（desk --help）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The document could not be made: {error}</source>
        <translation>無法生成單據：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The done date cannot be in the future.</source>
        <translation>完成日期不能晚於今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>The entry the paper names was purged since; the entries around it still link up.</source>
        <translation>紙面記錄所指的條目此後已被清除；其前後條目仍然銜接完整。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>The export was stopped; no file was written.</source>
        <translation>匯出已停止，未寫入任何檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>The figures could not be read: {error}</source>
        <translation>無法讀取資料：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>The folder {folder} does not exist; check the path, or create the folder first.</source>
        <translation>資料夾 {folder} 不存在；請檢查路徑，或先建立該資料夾。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The full name is too long: at most 50 characters.</source>
        <translation>姓名太長：最多 50 個字元。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>The header row of {name} lacks the columns: {columns} (desk import --template writes a template).</source>
        <translation>{name} 的表頭缺少以下列：{columns}（desk import --template 可生成模板）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The idle time must be between 1 and 240 minutes.</source>
        <translation>無操作時長鬚在 1 到 240 分鐘之間。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>The list could not be read: {error}</source>
        <translation>無法讀取清單：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/company.py"/>
        <source>The logo must be a picture (PNG or JPEG).</source>
        <translation>標誌必須是圖片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>The new complaint is saved and linked to this revisit.</source>
        <translation>新投訴已儲存，並已關聯到本次回訪。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The operations manager signs first.</source>
        <translation>須由營運經理先簽字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The password is too long: at most {count} characters.</source>
        <translation>密碼太長：最多 {count} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The password must have at least {count} characters.</source>
        <translation>密碼至少需要 {count} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The period of {days} days starts once both have signed and every action is done.</source>
        <translation>雙方簽字且全部措施完成後，開始為期 {days} 天的驗證期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>The person chooses their own password at the first sign-in.</source>
        <translation>此人首次登入時自行設定密碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The printer could not be started.</source>
        <translation>無法啟動印表機。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>The problem came back</source>
        <translation>問題再次出現</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>原因過長（最多 500 個字元）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>The reason may be at most {n} characters.</source>
        <translation>原因最多 {n} 個字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The record does not say which complaints count as the same kind.</source>
        <translation>該記錄未寫明哪些投訴算作同類投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The record is closed.</source>
        <translation>該記錄已關閉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The record is signed; its problem, root cause and actions can no longer change.</source>
        <translation>該記錄已簽字，其問題、根本原因和措施均不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>The record was not saved. Please correct the marked fields.</source>
        <translation>記錄未儲存。請修改標出的欄位。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>The replaced file is kept as {path}.</source>
        <translation>被替換的檔案已保留為 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>The report could not be written: {error}</source>
        <translation>無法生成報表：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The result and the customer&apos;s opinion are cleared and the case is handled again.</source>
        <translation>處理結果和顧客意見將被清除，投訴重新進入處理。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>The result of our handling is as follows:</source>
        <translation>現將處理結果告知如下：</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>The revisit</source>
        <translation>該回訪</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>The revisits due could not be scheduled: {error}</source>
        <translation>無法安排到期的回訪：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The server address {url} names no database; add its name at the end, as in postgresql://desk@server/desk.</source>
        <translation>伺服器地址 {url} 沒有指明資料庫；請在末尾加上資料庫名稱，例如 postgresql://desk@server/desk。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>The server database {url} has no Desk tables yet; make them once with: desk --db {url} check --create</source>
        <translation>伺服器資料庫 {url} 還沒有 Desk 的資料表；請執行一次以下命令建立：desk --db {url} check --create</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The slip goes to the responsible department or tenant once the operations manager has signed it off. Tenant slips go through the floor supervisor.</source>
        <translation>處理單經營運經理審核後轉交責任部門或商戶。商戶的處理單經樓層主管轉交。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The slip is not with a tenant.</source>
        <translation>該處理單未轉給商戶。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The slip is signed off already.</source>
        <translation>該處理單已審核。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The slip waits for the operations manager&apos;s sign-off.</source>
        <translation>該處理單正等待營運經理審核。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>The slip was changed on another desk a moment ago, so this step was not taken; look at the case again.</source>
        <translation>處理單剛剛已在另一台電腦上修改，所以這一步沒有執行；請重新檢視該投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>The slip was signed off by {name} at {time} a moment ago; look at the case again.</source>
        <translation>處理單剛剛已由{name}於 {time} 審核；請重新檢視該投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>The slips could not be read: {error}</source>
        <translation>無法讀取處理單：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>The suggestions could not be read: {error}</source>
        <translation>無法讀取建議：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The target database {url} is not empty; copy only into a new, empty database.</source>
        <translation>目標資料庫 {url} 不是空的；只能複製到新的空資料庫中。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>The target is the database being copied; name another one.</source>
        <translation>目標就是正在複製的資料庫；請指定另一個資料庫。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>兩次輸入的新密碼不一致，請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>The two passwords differ; type them again.</source>
        <translation>兩次輸入的密碼不一致，請重新輸入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The user name or the password is wrong.</source>
        <translation>使用者名稱或密碼不正確。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The user name {name} is taken.</source>
        <translation>使用者名稱 {name} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The verification is recorded.</source>
        <translation>效果驗證已登記。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The verification period runs until {date}; count the complaints after that.</source>
        <translation>效果驗證期至 {date} 止；請在此之後再統計投訴數。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The verification starts once both have signed and every action is done.</source>
        <translation>雙方簽字且全部措施完成後，開始效果驗證。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/display.py"/>
        <source>The window cannot open: this Linux system lacks libraries Qt needs. Install them with: sudo apt install {packages}</source>
        <translation>視窗無法開啟：此 Linux 系統缺少 Qt 所需的庫。請用以下命令安裝：sudo apt install {packages}</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>The window is not opened: {reason}</source>
        <translation>未開啟視窗：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>The year {year} is out of range; give a year between {first} and {last}.</source>
        <translation>年份 {year} 超出範圍；請給出 {first} 到 {last} 之間的年份。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>There is an administrator already; ask them.</source>
        <translation>已有系統管理員，請聯絡他。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>There is no account {name}.</source>
        <translation>沒有帳戶 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>There is no backup file {path}.</source>
        <translation>沒有備份檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>There is no case {case_no}.</source>
        <translation>沒有編號為 {case_no} 的投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>There is no corrective action {id}.</source>
        <translation>沒有編號為 {id} 的糾正與預防措施記錄。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>There is no database at {path}; check the path (--db or DESK_DB).</source>
        <translation>{path} 處沒有資料庫；請檢查路徑（--db 或 DESK_DB）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>There is no department {code}.</source>
        <translation>沒有部門 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/display.py"/>
        <source>There is no display here (DISPLAY is not set): start Desk on a desktop, or use its commands (desk --help).</source>
        <translation>這裡沒有顯示器（未設定 DISPLAY）：請在桌面環境中啟動 Desk，或使用其命令（desk --help）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>There is no file {name}.</source>
        <translation>沒有檔案 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>There is no month {month} in {year}.</source>
        <translation>{year} 年沒有 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>There is no week {week} in {year}.</source>
        <translation>{year} 年沒有第 {week} 週。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>These complaint records were not saved:</source>
        <translation>以下投訴記錄尚未儲存：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <source>These corrective actions have changes that were not saved:</source>
        <translation>以下糾正與預防措施有未儲存的修改：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>These files are attached when the record is saved.</source>
        <translation>儲存記錄時將附上這些檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>These files could not be attached:</source>
        <translation>以下檔案未能新增為附件：</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Third change of the agreed reply date asked for: {reason}</source>
        <translation>申請第三次更改承諾答覆日期：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>This Desk cannot reach the database server {url}: its driver is not installed; install Desk with the server option, or use a local database file.</source>
        <translation>此 Desk 無法連線資料庫伺服器 {url}：未安裝其驅動程式；請安裝帶伺服器選項的 Desk，或使用本機資料庫檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>This PC&apos;s own database file</source>
        <translation>本機自己的資料庫檔案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>This amount is above your approval limit; it waits for approval by: {role}.</source>
        <translation>此金額超出您的審批權限，需等待{role}審批。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>This case was voided.</source>
        <translation>該投訴已作廢。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>This computer has no credential store Desk can use, so the password cannot be kept; ask your IT support, or give the password in a pgpass file.</source>
        <translation>這台電腦沒有 Desk 可用的憑據儲存，因此無法儲存密碼；請詢問 IT 支援人員，或在 pgpass 檔案中提供密碼。</translation>
    </message>
    <message>
        <location filename="../../desk/store/schema.py"/>
        <source>This database was made by a newer version of Desk (schema {found}; this program knows up to {known}). Install the newer Desk to open it.</source>
        <translation>此資料庫由更新版本的 Desk 建立（結構版本 {found}；本程式最高支援 {known}）。請安裝新版 Desk 後再開啟。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/sites.py"/>
        <source>This desk&apos;s site</source>
        <translation>本服務台所屬門店</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>This is a code of an earlier Desk, which does not cover the compensation, the dates or the responsible person: compare them with the facts below.</source>
        <translation>這是舊版 Desk 的驗證碼，不涵蓋補償、日期和責任人：請與下面的記錄逐項核對。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>This record has changes that are not saved.

Keep them as a draft to finish later?</source>
        <translation>這條記錄有未儲存的修改。

要儲存為草稿，稍後繼續填寫嗎？</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>This revisit is finished already.</source>
        <translation>本次回訪已完成。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Timeline ({count})</source>
        <translation>處理經過（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Timeline events</source>
        <translation>處理過程記錄</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>To ask about progress, call {phone} ({hours}) and quote your case number.</source>
        <translation>如需查詢處理進度，請致電 {phone}（{hours}），並告知投訴編號。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>To ask about progress, call {phone} and quote your case number.</source>
        <translation>如需查詢處理進度，請致電 {phone}，並告知投訴編號。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>To ask about progress, come to the service desk and quote your case number.</source>
        <translation>如需查詢處理進度，請到服務台並告知投訴編號。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Today, {date}</source>
        <translation>今天，{date}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Too many wrong passwords: try again in {count} minute(s).</source>
        <translation>密碼錯誤次數過多：請 {count} 分鐘後再試。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Total approved</source>
        <translation>批准合計</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Transferred (consumers&apos; association / authority)</source>
        <translation>轉辦（消協/行政部門）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Unanswered attempts: {count} of {limit}</source>
        <translation>未接通次數：{count}/{limit}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/crash.py"/>
        <source>Unexpected error</source>
        <translation>意外錯誤</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>Unexpected error ({kind}): {error}; details are in the log file.</source>
        <translation>意外錯誤（{kind}）：{error}；詳細資訊見日誌檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Unfinished records</source>
        <translation>未完成的記錄</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Unit no.</source>
        <translation>櫃位編號</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Unknown demand: {codes}</source>
        <translation>未知的訴求：{codes}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Unknown role {role}; use one of: {roles}.</source>
        <translation>未知職務 {role}；請使用：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/settings.py"/>
        <source>Unknown setting {name}.</source>
        <translation>未知的設定項：{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>Unknown severity {code}.</source>
        <translation>未知的嚴重程度：{code}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Unknown status {status}; use one of: {all}.</source>
        <translation>未知狀態 {status}；可用的狀態：{all}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Unreachable</source>
        <translation>聯絡不上</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Unsaved changes</source>
        <translation>未儲存的修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Urgent (safety risk)</source>
        <translation>緊急（有安全隱患）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Use the saved values</source>
        <translation>使用已儲存的內容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>User name</source>
        <translation>使用者名稱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>User name:</source>
        <translation>使用者名稱：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>VOID since {when}. Reason: {reason}</source>
        <translation>已於 {when} 作廢。原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Verification code</source>
        <translation>驗證碼</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Verification of effectiveness</source>
        <translation>效果驗證</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Verification period</source>
        <translation>驗證期</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Verifying effectiveness</source>
        <translation>效果驗證中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Visit</source>
        <translation>上門拜訪</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Void</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Void case</source>
        <translation>作廢投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Void: {reason}</source>
        <translation>已作廢：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_columns.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Voided</source>
        <translation>已作廢</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Voucher</source>
        <translation>抵用券</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/rows.py"/>
        <source>Waiting for approval</source>
        <translation>待審批</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Waiting for the customer&apos;s signature</source>
        <translation>等待顧客簽字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Waits for approval by: {role}</source>
        <translation>等待{role}審批</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>We apologise for the inconvenience. If you have any question, please contact our customer service desk and quote the case number.</source>
        <translation>給您帶來不便，我們深表歉意。如有任何疑問，請聯絡我們的顧客服務台並告知投訴編號。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>We are still working on your complaint and will write to you again by {date} at the latest.</source>
        <translation>我們仍在處理您的投訴，最遲將於 {date} 再次書面答覆您。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>We will reply to you by {date}.</source>
        <translation>我們將於 {date} 前給您答覆。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Web form</source>
        <translation>網頁表單</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Weekly report</source>
        <translation>週報</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Welcome to Desk</source>
        <translation>歡迎使用 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>What</source>
        <translation>事項</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>What happened</source>
        <translation>投訴經過</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>What happened: {text}</source>
        <translation>投訴經過：{text}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>What happens next</source>
        <translation>後續處理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>What the customer said about the handling result.</source>
        <translation>顧客對處理結果的評價。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>What you changed, beside the values saved meanwhile:</source>
        <translation>您修改的內容，與期間已儲存的內容並列：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>What you typed (kept)</source>
        <translation>您填寫的內容（已保留）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>When it happened</source>
        <translation>發生時間</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>When you choose another database, Desk closes this one as you press OK and opens the chosen one; everyone signs in again there (its accounts are its own).</source>
        <translation>選擇另一個資料庫後，按「確定」時 Desk 會關閉目前資料庫並開啟所選的資料庫；所有人都要在那裡重新登入（那裡的帳戶是它自己的）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Where your data is kept</source>
        <translation>資料存放位置</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Who</source>
        <translation>經辦人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Why (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Why is this case void (for example a duplicate or a test entry)?
Nothing is deleted; the case stays findable.</source>
        <translation>為什麼作廢這條投訴（例如重複登記或測試記錄）？
不會刪除任何內容，作廢後仍可查到這條投訴。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Within the proposer&apos;s limit</source>
        <translation>在提出人的審批權限內</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/dates.py"/>
        <source>Write the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>月份請寫成 YYYY-MM 格式，例如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Write the reply, or say why there is none.</source>
        <translation>請填寫答覆內容，或說明不作答覆的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>Write the week as YYYY-Www, e.g. 2026-W47.</source>
        <translation>週請寫成 YYYY-Www 格式，例如 2026-W47。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Writing the report…</source>
        <translation>正在生成報表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Written reply</source>
        <translation>書面答覆</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>Written reply due by {when}</source>
        <translation>須於 {when} 前書面答覆</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Written reply letter</source>
        <translation>書面答覆函</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Written reply letter (not for an anonymous case without an address)</source>
        <translation>書面答覆函（匿名且無地址的投訴不適用）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Written reply recorded</source>
        <translation>書面答覆已登記</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Written reply…</source>
        <translation>書面答覆…</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <location filename="../../desk/cli/retention.py"/>
        <location filename="../../desk/services/common/output.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Written: {path}</source>
        <translation>已生成：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/names.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>You cannot disable your own account.</source>
        <translation>不能停用自己的帳戶。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>You set up Desk and its accounts</source>
        <translation>由您設定 Desk 及其帳戶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Your IT support gives you the server&apos;s name, the database and a user; the password is kept in this computer&apos;s credential store.</source>
        <translation>伺服器名稱、資料庫和使用者由 IT 支援人員提供；密碼儲存在這台電腦的憑據儲存中。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>Your complaint</source>
        <translation>您的投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/lock.py"/>
        <source>Your password is changed.</source>
        <translation>密碼已修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Your slip</source>
        <translation>您的處理單</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Yours sincerely,</source>
        <translation>此致
敬禮</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>[… {count} more characters cut: Excel cells hold at most 32,767]</source>
        <translation>[… 另有 {count} 個字元被截去：Excel 儲存格最多容納 32,767 個字元]</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>a customer&apos;s personal data: export it or erase it</source>
        <translation>顧客個人資訊：匯出或刪除</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>accounts: add, list, set a password, disable</source>
        <translation>帳戶：新增、列出、設定密碼、停用</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>active</source>
        <translation>啟用</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>add an account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>also the administrator (setup and accounts)</source>
        <translation>同時擔任系統管理員（設定和帳戶）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>anonymise the person with this phone number in every case (keeps the statistics)</source>
        <translation>在所有投訴中匿名化該電話號碼的顧客（保留統計資料）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>ask for a new password at the first sign-in</source>
        <translation>首次登入時要求設定新密碼</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>at most this many cases</source>
        <translation>最多列出的投訴條數</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>back up the database now</source>
        <translation>立即備份資料庫</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py"/>
        <source>change the tables to the new version without backing the database up first (for a server backed up by its own tools)</source>
        <translation>不先備份資料庫就把資料表升級到新版本（用於已用自身工具備份的伺服器）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>changed at {time}</source>
        <translation>於 {time} 修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>changed by {name} at {time}</source>
        <translation>由{name}於 {time} 修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>changed on another desk</source>
        <translation>在另一台電腦上修改</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>check a slip&apos;s verification code</source>
        <translation>核驗單據上的驗證碼</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>check every row and report, without saving anything</source>
        <translation>檢查每一行並報告，不儲存任何內容</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>check the chain; exits 0 when it is intact, otherwise names the first entry that fails</source>
        <translation>檢查記錄鏈；完整時退出碼為 0，否則指出第一條不符的條目</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>check the database and print its facts</source>
        <translation>檢查資料庫並顯示其狀況</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>clerk, floor_supervisor, department_manager, operations_manager, deputy_gm, gm or administrator</source>
        <translation>clerk（服務台客服）、floor_supervisor（樓層主管）、department_manager（部門經理）、operations_manager（營運經理）、deputy_gm（店副總）、gm（店總）或 administrator（系統管理員）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>complaint-record-{case_no}.pdf</source>
        <translation>客戶投訴記錄-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/__init__.py"/>
        <source>complaints-monthly-{key}.xlsx</source>
        <translation>投訴月報-{key}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/__init__.py"/>
        <source>complaints-weekly-{key}.xlsx</source>
        <translation>投訴週報-{key}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>copy the whole database into an empty one (this PC&apos;s file to a server, or back)</source>
        <translation>把整個資料庫複製到一個空資料庫（從本機檔案到伺服器，或反過來）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>corrective and preventive action records</source>
        <translation>糾正與預防措施記錄</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>corrective-action-{number}.pdf</source>
        <translation>糾正與預防措施-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>create the revisits that are due: the month&apos;s campaign and the periodic plans</source>
        <translation>建立到期的回訪：本月的月度回訪和定期回訪計畫</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>current repeat suggestions for corrective actions</source>
        <translation>目前建議採取糾正措施的重複投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>customer-data-{phone}.xlsx</source>
        <translation>顧客資訊-{phone}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py"/>
        <source>database URL or a file path: sqlite:///D:/desk/desk.sqlite, sqlite:////srv/desk.sqlite (four slashes for an absolute path; three mean a path relative to the current folder), postgresql://USER@SERVER/DATABASE (?host=/socket/folder, ?sslmode=require); default: DESK_DB or the file in the user data folder</source>
        <translation>資料庫地址或檔案路徑：sqlite:///D:/desk/desk.sqlite、sqlite:////srv/desk.sqlite（絕對路徑用四個斜槓；三個斜槓表示相對於目前資料夾的路徑）、postgresql://使用者@伺服器/資料庫（?host=/套接字/資料夾、?sslmode=require）；預設：DESK_DB 或使用者資料目錄中的檔案</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>delete the records past the retention policy (see what first with --dry-run)</source>
        <translation>刪除超過儲存期限的記錄（先用 --dry-run 檢視）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>delete what is due now</source>
        <translation>立即刪除到期的記錄</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>disable an account (it can no longer sign in)</source>
        <translation>停用帳戶（之後不能再登入）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>due {date}</source>
        <translation>{date} 到期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>e.g. Galaxy Plaza Shopping Centre</source>
        <translation>例如：星河廣場購物中心</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>escalate every case whose agreed reply date has passed (for Task Scheduler)</source>
        <translation>將所有已過承諾答覆日期的投訴上報（供 Windows 工作排程器呼叫）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>fill a demo database with realistic cases</source>
        <translation>生成帶有模擬投訴的示範資料庫</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>folder for the backup copy</source>
        <translation>備份副本存放的資料夾</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>foreign keys are off</source>
        <translation>外來鍵約束未開啟</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>handling-slip-{case_no}.pdf</source>
        <translation>投訴處理單-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>import old complaint records from an .xlsx or .csv file</source>
        <translation>從 .xlsx 或 .csv 檔案匯入以前的投訴記錄</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>integrity check failed: {result}</source>
        <translation>完整性檢查未通過：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it claims to stand for purged entries, but no purge checkpoint lists it.</source>
        <translation>它自稱代表已清除的條目，但沒有任何清除檢查點列出它。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it does not follow the entry before it: an entry was inserted, removed or changed there.</source>
        <translation>它與前一條不銜接：此處有條目被插入、刪除或修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it is missing (the chain goes on at entry {seq}).</source>
        <translation>該條目缺失（記錄鏈從第 {seq} 條繼續）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it is missing: the chain&apos;s head says it has {count} entries.</source>
        <translation>該條目缺失：鏈頭顯示共有 {count} 條。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it overlaps the entries before it.</source>
        <translation>它與前面的條目重疊。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>its content does not match its hash: it was changed.</source>
        <translation>其內容與雜湊值不符：已被修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>its values do not match their digests: they were changed.</source>
        <translation>其數值與摘要不符：已被修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>journal mode is {mode}, expected wal</source>
        <translation>日誌模式為 {mode}，應為 wal</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>language of messages and documents</source>
        <translation>提示資訊和單據使用的語言</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <location filename="../../desk/cli/documents.py"/>
        <location filename="../../desk/cli/revisits.py"/>
        <source>language of the document</source>
        <translation>單據使用的語言</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>language of the report</source>
        <translation>報表的語言</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>list cases</source>
        <translation>列出投訴</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>list the accounts</source>
        <translation>列出帳戶</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>list the entries, oldest first</source>
        <translation>列出條目，最早的在前</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>list what is due, by kind, with the cut-off date; delete nothing</source>
        <translation>按類別列出到期的記錄及截止日期；不刪除任何內容</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>make a new database if there is none at --db (its folder must exist)</source>
        <translation>若 --db 處沒有資料庫則新增一個（其資料夾必須已存在）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>must choose a new password</source>
        <translation>須設定新密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>never</source>
        <translation>從未聯絡</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>no entry has the head {hex} printed on paper: the chain was rewritten since.</source>
        <translation>沒有條目的雜湊為紙面所印的鏈頭 {hex}：記錄鏈此後被改寫過。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>no password yet</source>
        <translation>尚無密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>no phone number</source>
        <translation>沒有電話</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>no phone number: visit or write</source>
        <translation>沒有電話：請上門拜訪或致函</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>not effective</source>
        <translation>無效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>not reached</source>
        <translation>未聯絡上</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>number of cases</source>
        <translation>投訴條數</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>one JSON object</source>
        <translation>輸出一個 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <location filename="../../desk/cli/capa.py"/>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/cli/revisits.py"/>
        <location filename="../../desk/cli/users.py"/>
        <source>one JSON object per line</source>
        <translation>每行輸出一個 JSON 物件</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>only cases with this status</source>
        <translation>只列出該狀態的投訴</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>only fill the database</source>
        <translation>只生成資料庫</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>only the entries from this day on (YYYY-MM-DD)</source>
        <translation>只列出從這一天起的條目（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>only the entries of this case</source>
        <translation>只列出這個案件的條目</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>open the main window and exit once it is shown (a start-up check)</source>
        <translation>開啟主視窗，顯示後立即退出（用於啟動檢查）</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>our company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>print a corrective-action record</source>
        <translation>列印糾正與預防措施記錄表</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the complaint record</source>
        <translation>列印客戶投訴記錄</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the handling slip for the customer to sign</source>
        <translation>列印處理單供顧客簽字</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the intake receipt for the customer</source>
        <translation>列印投訴受理回執交給顧客</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the written reply letter</source>
        <translation>列印書面答覆函</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>put a backup in place of the database (the old file is kept aside)</source>
        <translation>用備份替換資料庫（原檔案另行保留）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>put a case on legal hold (never purged), release it, or list the holds</source>
        <translation>依法保全投訴（永不清理）、解除保全或列出保全</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>random seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>reached</source>
        <translation>已聯絡上</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>read the password from the first line of standard input</source>
        <translation>從標準輸入的第一行讀取密碼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>receipt-{case_no}.pdf</source>
        <translation>投訴回執-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>release the hold</source>
        <translation>解除保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>reply-{case_no}.pdf</source>
        <translation>書面答覆-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>schema version {found} differs from {known}</source>
        <translation>資料庫結構版本 {found} 與程式的 {known} 不一致</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>set an account&apos;s password</source>
        <translation>設定帳戶的密碼</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>show phone numbers in full (they are masked by default)</source>
        <translation>顯示完整電話號碼（預設部分隱藏）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>start the desktop program (the default)</source>
        <translation>啟動桌面程式（預設）</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>synchronous is {mode}, expected full</source>
        <translation>synchronous 為 {mode}，應為 full</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>texts and organisation of a shopping mall (the default) or a hotel</source>
        <translation>購物中心（預設）或酒店的文字和組織架構</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>the audit trail: list, verify or export it</source>
        <translation>審計記錄：列出、驗證或匯出</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>the backup file to restore</source>
        <translation>要恢復的備份檔案</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>the chain&apos;s head does not match it: entries were added or removed outside Desk.</source>
        <translation>鏈頭與它不符：有條目在 Desk 之外被新增或刪除。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>the database file {path} is read-only: nothing can be saved; give this Windows user permission to change the file and its folder</source>
        <translation>資料庫檔案 {path} 為只讀：無法儲存任何內容；請給目前 Windows 使用者修改該檔案及其資料夾的權限</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>the department (its name or number), for a department manager</source>
        <translation>所屬部門（名稱或編號），用於部門經理</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>the empty target: postgresql://USER@SERVER/DATABASE, or a new file&apos;s path</source>
        <translation>空的目標資料庫：postgresql://使用者@伺服器/資料庫，或新檔案的路徑</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>the head printed on a report (its hex digits, optionally COUNT:HEX): check that the chain still holds it</source>
        <translation>報表上印的鏈頭（十六進位制數字，可寫作 條目數:十六進位制）：檢查記錄鏈中仍有此條目</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the last complete month</source>
        <translation>上一個完整的月份</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the last complete week</source>
        <translation>上一個完整的週</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>the month the calls are made in (default: this month); it lists the customers who complained in the month before</source>
        <translation>進行回訪的月份（預設：本月）；列出上個月投訴過的顧客</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the month, e.g. 2026-11 (default: the current month)</source>
        <translation>月份，例如 2026-11（預設：本月）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the monthly report</source>
        <translation>月報</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>the monthly revisit campaign: customers who complained the month before</source>
        <translation>月度回訪：上個月投訴過的顧客</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>the person&apos;s name</source>
        <translation>本人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>the purge checkpoint does not match the entries it replaced.</source>
        <translation>清除檢查點與它所替代的條目不符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>the server has no pg_trgm extension, so searches of three or more characters are slower; install PostgreSQL&apos;s contrib package on the server, run CREATE EXTENSION pg_trgm in the database as its owner, then desk check again</source>
        <translation>伺服器沒有 pg_trgm 擴充套件，因此三個及以上字元的搜尋較慢；請在伺服器上安裝 PostgreSQL 的 contrib 軟體包，以資料庫所有者身份在資料庫中執行 CREATE EXTENSION pg_trgm，然後再執行 desk check</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>the server&apos;s name or address, e.g. deskdb</source>
        <translation>伺服器名稱或地址，例如 deskdb</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>the user name to sign in with</source>
        <translation>登入用的使用者名稱</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the week, e.g. 2026-W47 (default: the current week)</source>
        <translation>週，例如 2026-W47（預設：本週）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the weekly report (ISO week)</source>
        <translation>週報（ISO 週）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>the workbook or CSV file (a header row, one complaint per row)</source>
        <translation>工作簿或 CSV 檔案（一行表頭，每行一條投訴）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>verify every record whose verification period is over</source>
        <translation>對所有驗證期已滿的記錄進行效果驗證</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>what is due today, overdue, to follow up</source>
        <translation>今日到期、已超時和待跟進的投訴</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <location filename="../../desk/cli/documents.py"/>
        <source>where to write the PDF (default: the exports folder)</source>
        <translation>PDF 的儲存位置（預設：匯出資料夾）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <location filename="../../desk/cli/retention.py"/>
        <source>where to write the workbook</source>
        <translation>工作簿的儲存位置</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>where to write the workbook (default: the exports folder)</source>
        <translation>工作簿的儲存位置（預設：匯出資料夾）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>why the case is kept</source>
        <translation>保全原因</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>words, case number, name or phone</source>
        <translation>關鍵字、投訴編號、姓名或電話</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>write an empty template with the column headers and stop</source>
        <translation>寫出帶列標題的空模板後結束</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>write everything held about the person with this phone number to a workbook</source>
        <translation>把該電話號碼顧客的所有資訊寫入工作簿</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>write the month&apos;s revisit log to this file instead (.xlsx or .pdf)</source>
        <translation>改為將本月回訪記錄表寫入此檔案（.xlsx 或 .pdf）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>write the weekly or monthly report (xlsx)</source>
        <translation>生成週報或月報（xlsx）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>write the whole trail to a workbook</source>
        <translation>把全部審計記錄寫入工作簿</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <source>y/m/d: ______ / ___ / ___</source>
        <translation>____年___月___日</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>years of history to make (older cases give a purge something to do)</source>
        <translation>生成多少年的歷史（較早的投訴可供清理示範）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>yes, erase it (this cannot be undone)</source>
        <translation>確認刪除（無法恢復）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>{case_no} escalated to: {level}</source>
        <translation>{case_no} 已上報至：{level}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{case_no} · received {date} · {category}</source>
        <translation>{case_no} · {date} 受理 · {category}</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/repeats.py"/>
        <source>{category}: complaints rising week on week ({counts})</source>
        <translation>{category}：投訴數週環比上升（{counts}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>{change} against a week ago</source>
        <translation>比一週前 {change}</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column} holds a formula ({value}); type the value itself</source>
        <translation>{column} 中是公式（{value}）；請直接填寫數值</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column}: unknown value {value}</source>
        <translation>{column}：無法識別的值 {value}</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column}: {value} is in the future</source>
        <translation>{column}：{value} 是將來的時間</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column}: {value} is not a date (use 2025-03-08 14:30)</source>
        <translation>{column}：{value} 不是日期（請寫成 2025-03-08 14:30）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{company} - Desk complaint desk</source>
        <translation>{company} - Desk 客訴服務台</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>{count} attachment files were missing here and are not in the copy; the first: {sha}</source>
        <translation>本機缺少 {count} 個附件檔案，它們不在副本中；第一個：{sha}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{count} case(s) escalated: agreed reply date passed.</source>
        <translation>已上報 {count} 條投訴：已超過承諾答覆日期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{count} cases</source>
        <translation>{count} 條投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>{count} page(s)</source>
        <translation>共 {count} 頁</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{count}+ cases</source>
        <translation>{count}+ 條投訴</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/repeats.py"/>
        <source>{customer} complained {count} times in {days} days</source>
        <translation>{customer} 在 {days} 天內投訴了 {count} 次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小時</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>{days} days ({span})</source>
        <translation>{days} 天（{span}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>{due} (at intake: {intake})</source>
        <translation>{due}（受理時承諾：{intake}）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>{entry} fails: {reason}</source>
        <translation>{entry}驗證失敗：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>{field} is required.</source>
        <translation>請填寫{field}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/common/validation.py"/>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>{field} is too long: {count} characters, at most {limit}.</source>
        <translation>{field}過長：共 {count} 個字元，最多 {limit} 個。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/validation.py"/>
        <source>{field}: {value} is not a phone number we recognise. Use a mobile number (13812345678), a landline with its area code (021-12345678), a Hong Kong or Taiwan number, or an international number starting with +.</source>
        <translation>{field}：無法識別電話號碼 {value}。請填寫手機號（13812345678）、帶區號的固定電話（021-12345678）、香港或台灣號碼，或以 + 開頭的國際號碼。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>{from_date} – {to_date}: {count} complaints of the same kind (before: {before}); {result}.</source>
        <translation>{from_date} – {to_date}：同類投訴 {count} 條（此前：{before} 條）；{result}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小時{minutes}分鐘</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>{id}: effective</source>
        <translation>{id}：有效</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>{id}: not effective</source>
        <translation>{id}：無效</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{imported} imported, {already} already there, {rejected} rejected</source>
        <translation>匯入 {imported} 條，已存在 {already} 條，拒絕 {rejected} 條</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>{kind} ¥{amount:,.2f} (needs: {role})</source>
        <translation>{kind} ¥{amount:,.2f}（需{role}審批）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>{label}:</source>
        <translation>{label}：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/crash.py"/>
        <source>{message}

The details are in the log file {path}.</source>
        <translation>{message}

詳細資訊見日誌檔案 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} (file missing)</source>
        <translation>{name}（檔案已丟失）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>{name} chooses their own password at the next sign-in.</source>
        <translation>{name}下次登入時自行設定密碼。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} grew past the size limit while it was copied.</source>
        <translation>{name} 在複製過程中超出了大小限制。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>{name} has no password yet; ask the administrator to set one.</source>
        <translation>{name} 還沒有密碼，請聯絡系統管理員設定。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} 是指向另一個檔案的連結；請附加檔案本身。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} is damaged or is not really the photo, audio, video or PDF file it looks like, so it was not attached; attach the original file.</source>
        <translation>{name} 已損壞，或並不是它看起來的照片、音訊、影片或 PDF 檔案，因此未附加；請附加原始檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} 是空檔案（0 位元組）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{name} is empty.</source>
        <translation>{name} 是空的。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is not a file.</source>
        <translation>{name} 不是檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} is not a photo, audio, video or PDF file.</source>
        <translation>{name} 不是照片、音訊、影片或 PDF 檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{name} is not an Excel workbook (.xlsx) or CSV file Desk can read.</source>
        <translation>{name} 不是 Desk 能讀取的 Excel 工作簿（.xlsx）或 CSV 檔案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is on the list already.</source>
        <translation>{name} 已在清單中。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is {size} MB; attachments may be at most {limit} MB.</source>
        <translation>{name} 大小為 {size} MB；附件最大 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/settings.py"/>
        <source>{name} must be a whole number from {low} to {high}.</source>
        <translation>{name}必須是 {low} 到 {high} 之間的整數。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>{name}, as reported</source>
        <translation>{name}（按報告登記）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>{name}, choose your own password (at least {count} characters).</source>
        <translation>{name}，請設定您自己的密碼（至少 {count} 個字元）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>{n} cases are past retention (closed before {date}). Review and purge them?</source>
        <translation>{n} 件投訴已超過儲存期限（{date} 之前結案）。要檢視並清理嗎？</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/repeats.py"/>
        <source>{object}: {count} complaints about {category} in {days} days</source>
        <translation>{object}：{days} 天內有 {count} 條{category}方面的投訴</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{opinion}: “{words}”</source>
        <translation>{opinion}：「{words}」</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>{path} is a folder; give the database file&apos;s name.</source>
        <translation>{path} 是一個資料夾；請給出資料庫檔案的名稱。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} 是一個資料夾；請給出要寫入的檔名。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>{path} is an empty file, not a Desk database; check the path, or delete the empty file to start a new database there.</source>
        <translation>{path} 是一個空檔案，不是 Desk 資料庫；請檢查路徑，或刪除該空檔案後在那裡新增資料庫。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>{path} is not a Desk database file (or its first page is damaged); check the path.</source>
        <translation>{path} 不是 Desk 資料庫檔案（或其首頁已損壞）；請檢查路徑。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>{period} (so far)</source>
        <translation>{period}（截至目前）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{result} (customer: {opinion})</source>
        <translation>{result}（顧客意見：{opinion}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{route}: {target}</source>
        <translation>{route}：{target}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>{section} ({count})</source>
        <translation>{section}（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_setup.py"/>
        <source>{severity}:</source>
        <translation>{severity}：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{slip} (awaiting the operations manager&apos;s sign-off)</source>
        <translation>{slip}（待營運經理審核）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{slip} (signed off by {name})</source>
        <translation>{slip}（{name}已審核）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{status} (case {case_no})</source>
        <translation>{status}（投訴 {case_no}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{status} (void)</source>
        <translation>{status}（已作廢）</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>{title}. Cases: {cases}.</source>
        <translation>{title}。相關投訴：{cases}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{used} of {limit}</source>
        <translation>{used}/{limit}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/dates.py"/>
        <source>{value} is not a month; write it as YYYY-MM, for example 2026-11.</source>
        <translation>{value} 不是有效的月份；請寫成 YYYY-MM 格式，例如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>{value} pp</source>
        <translation>{value} 個百分點</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>{wanted} is open in another program (Excel?); the report was written to {path} instead.</source>
        <translation>{wanted} 正被其他程式（Excel？）開啟，報表已改存為 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/output.py"/>
        <source>{wanted} is open in another program or cannot be replaced; written to {path} instead.</source>
        <translation>{wanted} 正被其他程式開啟或無法覆蓋，已改為寫入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>{what} was changed on another desk a moment ago, so this step was not taken; look at it again.</source>
        <translation>{what}剛剛已在另一台電腦上修改，所以這一步沒有執行；請重新檢視。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>{when} (earlier, not reviewed)</source>
        <translation>{when}（以前的，未查閱）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>{when} by {name}</source>
        <translation>{when}，{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{when} · {method} · {reached}{note}</source>
        <translation>{when} · {method} · {reached}{note}</translation>
    </message>
</context>
<context>
    <name>EntityTab</name>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>&amp;New</source>
        <translation>新增(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>Details</source>
        <translation>詳細資訊</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;About Desk</source>
        <translation>關於 Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Backup now</source>
        <translation>立即備份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Cases</source>
        <translation>投訴(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;New complaint...</source>
        <translation>登記新投訴(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Organisation...</source>
        <translation>組織架構(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Search</source>
        <translation>搜尋(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Setup</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Company, sites, departments, tenants, staff, categories, channels</source>
        <translation>公司、門店、部門、商戶、員工、投訴類別、投訴管道</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Copy the database to the backup folder and verify the copy</source>
        <translation>將資料庫複製到備份資料夾並驗證副本</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Desk</source>
        <translation>Desk 客訴服務台</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Main toolbar</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Operator on duty and language</source>
        <translation>當班人員和介面語言</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Record a new complaint</source>
        <translation>登記一條新投訴</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Se&amp;ttings...</source>
        <translation>選項(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Search by case number, name, phone or words</source>
        <translation>按投訴編號、姓名、電話或關鍵字搜尋</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Show &amp;voided cases</source>
        <translation>顯示已作廢的投訴(&amp;V)</translation>
    </message>
</context>
<context>
    <name>OrgSetupDialog</name>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Company name:</source>
        <translation>公司名稱：</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Hours from receiving a complaint to the reply promised to the customer, by severity.</source>
        <translation>按嚴重程度設定：從受理投訴到承諾答覆顧客的小時數。</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Organisation setup</source>
        <translation>組織設定</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Printed on slips, replies and reports</source>
        <translation>列印在處理單、答覆函和報表上</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Reply times</source>
        <translation>答覆時限</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Set up the sites, departments, tenants and staff on the next tabs. Entries are never deleted: deactivate what is no longer in use, so that old cases keep their names.</source>
        <translation>請在後面的標籤頁中設定門店、部門、商戶和員工。已建的條目不會被刪除：不再使用的請停用，這樣舊投訴仍能顯示原來的名稱。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Desk locks itself when nobody has used it for this long; only the administrator changes it. Ctrl+L locks at once.</source>
        <translation>無人操作達到這個時長後 Desk 自動鎖定；只有系統管理員可以修改。按 Ctrl+L 立即鎖定。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Language:</source>
        <translation>語言：</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Lock after idle minutes:</source>
        <translation>無操作多少分鐘後鎖定：</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
</TS>
