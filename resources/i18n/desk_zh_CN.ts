<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Search: case number, name, phone or words (Ctrl+F)</source>
        <translation>搜索：投诉编号、姓名、电话或关键词（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../forms/case_list.ui"/>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>About:</source>
        <translation>投诉对象：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Anonymous (no name or contact given)</source>
        <translation>匿名（未留姓名和联系方式）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Category:</source>
        <translation>投诉类别：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Channel:</source>
        <translation>投诉渠道：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Complaint record</source>
        <translation>客户投诉记录</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Customer class:</source>
        <translation>客户类别：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>In the customer&apos;s words:</source>
        <translation>顾客原话：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Mark a duplicate or test entry as void; nothing is deleted</source>
        <translation>将重复或测试的记录作废；不会删除任何内容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Member no.:</source>
        <translation>会员号：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Place:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Product or service:</source>
        <translation>商品或服务：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Received:</source>
        <translation>受理时间：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Record</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Recorded</source>
        <translation>登记信息</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Recorded by:</source>
        <translation>记录人：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Room no.:</source>
        <translation>房号：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Save the record (Ctrl+S)</source>
        <translation>保存记录（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Staff member:</source>
        <translation>员工：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Tenant / shop:</source>
        <translation>商户/店铺：</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>The complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>The customer&apos;s demand</source>
        <translation>顾客诉求</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Tick when the customer cannot say when it happened</source>
        <translation>顾客说不清发生时间时请勾选</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>Void...</source>
        <translation>作废...</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>What happened</source>
        <translation>投诉经过</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>What happened, in order, as the customer tells it</source>
        <translation>按顾客的叙述，依次写明事情经过</translation>
    </message>
    <message>
        <location filename="../../forms/complaint_form.ui"/>
        <source>When:</source>
        <translation>发生时间：</translation>
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
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Add action…</source>
        <translation>添加措施(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>&amp;Log attempt</source>
        <translation>登记本次联系(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Mark done today</source>
        <translation>标记为今日完成(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>&amp;New complaint…</source>
        <translation>登记新投诉(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>&amp;Open a corrective action</source>
        <translation>新建纠正措施记录(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Problem</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>&amp;Reached</source>
        <translation>已联系上(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/guide.py"/>
        <source>&amp;User guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>&amp;Verify now</source>
        <translation>立即验证(&amp;V)</translation>
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
        <translation>（试运行：未保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>(erased)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>(no department)</source>
        <translation>（无部门）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>(no name)</source>
        <translation>（无姓名）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>(no site)</source>
        <translation>（无门店）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(not a staff member)</source>
        <translation>（非本店员工）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(not known yet)</source>
        <translation>（暂未确定）</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/state.py"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick a category)</source>
        <translation>（请选择类别）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick a channel)</source>
        <translation>（请选择渠道）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(pick a department)</source>
        <translation>（请选择部门）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick a staff member)</source>
        <translation>（请选择员工）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(pick a tenant)</source>
        <translation>（请选择商户）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>(pick the customer&apos;s opinion)</source>
        <translation>（请选择顾客意见）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>(pick what it is about)</source>
        <translation>（请选择投诉对象）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>(promised at intake)</source>
        <translation>（受理时承诺）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <source>(see below)</source>
        <translation>（见下文）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>--count must be between 1 and 5000000.</source>
        <translation>--count 必须在 1 到 5000000 之间。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>--limit must be between 1 and 100000.</source>
        <translation>--limit 必须在 1 到 100000 之间。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>--out must end in .xlsx or .pdf.</source>
        <translation>--out 的文件名必须以 .xlsx 或 .pdf 结尾。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>--since takes a date as YYYY-MM-DD, for example {example}.</source>
        <translation>--since 需要 YYYY-MM-DD 格式的日期，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>--years must be between 1 and 20.</source>
        <translation>--years 必须在 1 到 20 之间。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>1 Very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>2 Dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>3 Neutral</source>
        <translation>3 一般</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>4 Satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>5 Very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>A case under mediation, with an authority or in court is kept, whatever its age, until the hold is released.</source>
        <translation>调解中、行政机关处理中或诉讼中的投诉，无论多久都会保留，直到解除保全。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>A compensation still waits for approval.</source>
        <translation>还有一笔赔偿在等待审批。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>A complaint made in writing gets a written reply in the company&apos;s name. Write it here, or say why there is none.</source>
        <translation>书面投诉须以公司名义书面答复。请在此填写答复内容，或说明不作书面答复的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>A department manager needs their department.</source>
        <translation>部门经理须指定所属部门。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>A few questions before the first start. You can change all of this later under Settings and Organisation.</source>
        <translation>首次启动前请回答几个问题。以后都可以在“设置”和“组织架构”中修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>A handling slip exists already; record the result on it.</source>
        <translation>已经开具了处理单，请在处理单上登记处理结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>A new account</source>
        <translation>新账户</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>A server shared by all desks (PostgreSQL)</source>
        <translation>所有服务台共用的服务器（PostgreSQL）</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>A site named {name} exists already.</source>
        <translation>已有名为“{name}”的门店。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>A user name is one word of at most 40 characters.</source>
        <translation>用户名须为一个词，最多 40 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>A written complaint needs a written reply in the company&apos;s name, or a note why there is none.</source>
        <translation>书面投诉须以公司名义书面答复；如不作书面答复，请注明原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>A written reply in the company&apos;s name is due by {when}.</source>
        <translation>须在 {when} 前以公司名义书面答复。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>About</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>About Desk</source>
        <translation>关于 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Accepts</source>
        <translation>可以接受</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Accepts the result</source>
        <translation>接受处理结果</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Account {name} added.</source>
        <translation>已添加账户 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Account {name} disabled.</source>
        <translation>已停用账户 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Accounts...</source>
        <translation>账户...</translation>
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
        <translation>措施实施中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Active (offered in pick lists)</source>
        <translation>启用（在下拉列表中可选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Add account...</source>
        <translation>添加账户...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Add an action</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Add at least one corrective action before signing.</source>
        <translation>签字前请至少添加一项措施。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Add files...</source>
        <translation>添加文件...</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Added</source>
        <translation>添加时间</translation>
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
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Administrator&apos;s name:</source>
        <translation>系统管理员姓名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>After closing</source>
        <translation>结案后回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>After-sales</source>
        <translation>售后服务</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Age</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Agreed</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Agreed date was</source>
        <translation>原承诺日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Agreed reply date</source>
        <translation>承诺答复日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Agreed reply date (current)</source>
        <translation>当前约定答复日期</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Agreed reply date changed</source>
        <translation>承诺答复日期已变更</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Agreed reply date missed</source>
        <translation>已超过承诺答复日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Agreed reply date now: {date}. Changes used: {used} of {limit}.</source>
        <translation>当前承诺答复日期：{date}。已变更 {used} 次，最多 {limit} 次。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Agreed reply date {date} passed without a result.</source>
        <translation>承诺答复日期 {date} 已过，仍未有处理结果。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases</source>
        <translation>全部投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases received in the period</source>
        <translation>本期受理的全部投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases received in the period, every column: a sheet to read on screen (the All cases sheet prints on A4)</source>
        <translation>本期受理的全部投诉（全部字段）：供屏幕查看（打印请用“全部投诉”表，可打印在 A4 上）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>All cases, every column</source>
        <translation>全部投诉（全部字段）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All severities</source>
        <translation>全部严重程度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/sites.py"/>
        <source>All sites</source>
        <translation>所有门店</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Allows anonymous</source>
        <translation>允许匿名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Also the administrator (setup and accounts)</source>
        <translation>同时担任系统管理员（设置和账户）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Amount (CNY)</source>
        <translation>金额（元）</translation>
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
        <translation>另一台服务台同时在保存相同的记录，因此没有保存任何内容；请再试一次。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Answer at the desk</source>
        <translation>服务台当场答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Answer at the desk…</source>
        <translation>服务台当场答复…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Answer in writing</source>
        <translation>由服务台书面答复</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Answer the complaint at the desk or issue a handling slip first.</source>
        <translation>请先在服务台答复投诉或开具处理单。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Answered at the desk</source>
        <translation>服务台当场答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Any date</source>
        <translation>不限日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Any department or shop</source>
        <translation>全部部门和店铺</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Apology</source>
        <translation>赔礼道歉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Approval</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Approve compensation</source>
        <translation>批准赔偿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Approve compensation…</source>
        <translation>批准赔偿…</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Approved</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Approved by {name}, {when}</source>
        <translation>{name}已于 {when} 批准</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>As stored:</source>
        <translation>数据库中的记录：</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Ask what was good or bad, pick the reasons and note their own words.</source>
        <translation>询问顾客哪些方面满意、哪些不满意，选择原因并记下顾客原话。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Ask: are you satisfied with how it was handled? Score from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>询问：“您对这次投诉的处理满意吗？”按 1（非常不满意）到 5（非常满意）打分。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>At least {count} characters</source>
        <translation>至少 {count} 个字符</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Attach signed slip...</source>
        <translation>附上已签字的处理单...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Attach the signed slip</source>
        <translation>附上已签字的处理单</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Attached: the complaint records</source>
        <translation>附件：客户投诉记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Attaching files...</source>
        <translation>正在添加附件...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Attachment added</source>
        <translation>已添加附件</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Attachment files</source>
        <translation>附件文件</translation>
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
        <translation>联系次数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <location filename="../../desk/services/audit/trail.py"/>
        <source>Audit trail: {count} entries, head {hex}</source>
        <translation>审计记录：{count} 条，链头 {hex}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Awaiting sign-off</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Awaiting signature</source>
        <translation>待顾客签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backing up...</source>
        <translation>正在备份...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backup written and verified: {path}</source>
        <translation>备份已写入并校验通过：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/store/backup.py"/>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Backups from this program work only with the local database file; back up a database server with its own tools.</source>
        <translation>本程序只能备份本机的数据库文件；数据库服务器请用它自带的工具备份。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <source>Based on (cases)</source>
        <translation>统计基数（条）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Both changes of the agreed reply date have been used. Asking for another one sends the case straight to the GM.</source>
        <translation>承诺答复日期的两次变更机会都已用完。如再申请变更，投诉将直接上报店总。</translation>
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
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By channel</source>
        <translation>按渠道</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By department or tenant</source>
        <translation>按部门或商户</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>By severity</source>
        <translation>按严重程度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Call due</source>
        <translation>致电期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Call script</source>
        <translation>回访话术</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Call the manager of {tenant}: {contact}</source>
        <translation>请致电{tenant}的负责人：{contact}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Call the tenant&apos;s manager by {when} ({contact})</source>
        <translation>请在 {when} 前致电商户负责人（{contact}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Called {when}</source>
        <translation>已于 {when} 致电</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>Campaign {month} (first working day {due}): {customers} customers, {cases} cases from {complained}.</source>
        <translation>{month} 月度回访（首个工作日 {due}）：{customers} 位顾客，{cases} 条投诉，来自 {complained}。</translation>
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
        <translation>取消回访(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Cancel the revisit</source>
        <translation>取消回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>Cannot open the database {url}: {error}</source>
        <translation>无法打开数据库 {url}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>Cannot read the database file {path}: {error}</source>
        <translation>无法读取数据库文件 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Cannot read {name}: {error}</source>
        <translation>无法读取 {name}：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/layout.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <source>Case No.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Case closed</source>
        <translation>投诉已结案</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Case no.</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Case number</source>
        <translation>投诉编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>Case number: {case_no}</source>
        <translation>投诉编号：{case_no}</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Case records</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Case reopened</source>
        <translation>投诉已重新受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Case {case_no}</source>
        <translation>投诉 {case_no}</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Case {case_no} already has a result.</source>
        <translation>投诉 {case_no} 已有处理结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Case {case_no} cannot be closed yet:</source>
        <translation>案件 {case_no} 暂不能结案：</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Case {case_no} has a handling slip already.</source>
        <translation>投诉 {case_no} 已开具处理单。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/base.py"/>
        <source>Case {case_no} has no handling slip yet.</source>
        <translation>投诉 {case_no} 尚未开具处理单。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Case {case_no} is no longer on hold.</source>
        <translation>投诉 {case_no} 已解除保全。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>Case {case_no} is not on hold.</source>
        <translation>投诉 {case_no} 未被保全。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Case {case_no} is on legal hold: it will not be purged.</source>
        <translation>投诉 {case_no} 已依法保全：不会被清理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Case {case_no} is on legal hold: {reason}. Once released, the retention policy applies to it again.</source>
        <translation>投诉 {case_no} 已依法保全：{reason}。解除后，保存期限规定重新适用。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/base.py"/>
        <source>Case {case_no} is void.</source>
        <translation>投诉 {case_no} 已作废。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Case {case_no} was voided ({reason}). Cancel the revisit.</source>
        <translation>投诉 {case_no} 已作废（{reason}）。请取消本次回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>Case {case_no} was {changed} a moment ago, so this step was not taken; look at the case again.</source>
        <translation>投诉 {case_no} 刚刚已{changed}，所以这一步没有执行；请重新查看该投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>Case {case_no} was {changed} while you were editing, so your changes were not saved; they are kept beside the new values: check them and save again.</source>
        <translation>您编辑期间，投诉 {case_no} 已{changed}，所以您的修改没有保存；修改已保留并与新内容并列显示：请核对后再次保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>Case {case_no} · received {received} · reply promised by {due} · {status}</source>
        <translation>投诉 {case_no} · 受理于 {received} · 承诺于 {due} 前答复 · {status}</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/base.py"/>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Case {id} does not exist.</source>
        <translation>投诉 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Case {id} was not found.</source>
        <translation>找不到投诉 {id}。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Cases</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Cases closed</source>
        <translation>结案数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Cases closed before {date} and corrective actions verified before {capa} are due: {n} cases.</source>
        <translation>{date} 之前结案的投诉和 {capa} 之前完成验证的纠正与预防措施已到期：{n} 件投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Cases closed before {date} are due; corrective actions verified before {capa} are due.</source>
        <translation>{date} 之前结案的投诉到期；{capa} 之前完成验证的纠正与预防措施到期。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Cases per day</source>
        <translation>每日投诉数</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Cases received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Cases, slips, events, revisits, compensation and attachments, after the case is closed:</source>
        <translation>投诉记录、处理单、处理过程、回访、赔偿和附件，自结案起保存：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Categories</source>
        <translation>投诉类别</translation>
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
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Category rising week on week</source>
        <translation>该类投诉周环比上升</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/lock.py"/>
        <source>Change my password...</source>
        <translation>修改我的密码...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Change reply date…</source>
        <translation>变更答复日期…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Change the agreed reply date</source>
        <translation>变更承诺答复日期</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Change the date</source>
        <translation>变更日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Changed to</source>
        <translation>变更为</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Changes to case {case_no}</source>
        <translation>投诉 {case_no} 的修改记录</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Channels</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Choose a new password, not the old one.</source>
        <translation>请设置新密码，不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Choose picture...</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Choose your own password to go on.</source>
        <translation>请设置自己的密码后继续。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Choose your password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/guide.py"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Close case {case_no}? A not-satisfied customer can have it reopened later.</source>
        <translation>确定将投诉 {case_no} 结案吗？顾客如不满意，以后可以重新受理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Close case…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Close the case</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Closed after verification</source>
        <translation>验证后关闭</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Closed on time</source>
        <translation>按时结案</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Closed: cases closed in the period, whenever they were received. On time: closed by the reply date promised at intake.</source>
        <translation>结案数：本期内结案的投诉，不论何时受理。按时结案：在受理时承诺的答复日期前结案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Comment (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Company logo</source>
        <translation>公司标志</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/company.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Company name</source>
        <translation>公司名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Compared with {previous}. Figures as of {as_of}; made {made}.</source>
        <translation>对比期间：{previous}。数据截至 {as_of}；生成于 {made}。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Compensation</source>
        <translation>赔偿</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Compensation ({count})</source>
        <translation>赔偿（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Compensation ({count}, {pending} to approve)</source>
        <translation>赔偿（{count}，{pending} 项待审批）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Compensation approved</source>
        <translation>赔偿已批准</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Compensation entries</source>
        <translation>赔偿记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Compensation in the period</source>
        <translation>本期赔偿金额</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Compensation proposed</source>
        <translation>已提出赔偿方案</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Compensation too low</source>
        <translation>赔偿太低</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Compensation: amounts approved in the period. Daily review: share of the handling slips issued in the period that were marked reviewed on the Daily review screen (by the operations manager, deputy GM or GM) by the end of the period.</source>
        <translation>赔偿：本期批准的金额。每日查阅：本期开出的处理单中，截至期末已在“每日查阅”界面标记为已查阅（由营运经理、店副总或店总）的比例。</translation>
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
        <translation>投诉人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Complainant (signature)</source>
        <translation>投诉人（签字）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Complaint about</source>
        <translation>投诉对象</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Complaint details</source>
        <translation>投诉详情</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaint handling monthly report</source>
        <translation>客户投诉处理工作月报</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Complaint handling slip</source>
        <translation>客户投诉处理单</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaint handling weekly report</source>
        <translation>客户投诉处理工作周报</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>Complaint receipt</source>
        <translation>投诉受理回执</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Complaint record</source>
        <translation>客户投诉记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Complaint record {case_no}</source>
        <translation>客户投诉记录 {case_no}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/cases/complaint_save.py"/>
        <source>Complaint recorded</source>
        <translation>投诉已登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Complaint registers (*.xlsx *.csv)</source>
        <translation>投诉登记表 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Complaint summary</source>
        <translation>投诉摘要</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Complaints behind the record</source>
        <translation>相关投诉</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by category</source>
        <translation>按类别统计投诉</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by channel</source>
        <translation>按渠道统计投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by department or tenant</source>
        <translation>按部门或商户统计投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints by severity</source>
        <translation>按严重程度统计投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Complaints received</source>
        <translation>受理投诉数</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>Connected to PostgreSQL {version} on {host}; the database {name} holds Desk&apos;s records.</source>
        <translation>已连接到 {host} 上的 PostgreSQL {version}；数据库 {name} 中有 Desk 的记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>Connected to PostgreSQL {version} on {host}; the database {name} is empty, and Desk makes its tables when it first opens it.</source>
        <translation>已连接到 {host} 上的 PostgreSQL {version}；数据库 {name} 是空的，Desk 第一次打开它时会创建数据表。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Contacts</source>
        <translation>联系记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Contacts with the customer</source>
        <translation>与顾客的联系</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>Copied {rows} rows of {tables} tables and {files} attachment files; counts and {sampled} sampled records match.</source>
        <translation>已复制 {tables} 个数据表的 {rows} 行和 {files} 个附件文件；行数和抽查的 {sampled} 条记录一致。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Core customer</source>
        <translation>核心客户</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Corrective action {id} does not exist.</source>
        <translation>纠正与预防措施记录 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Corrective actions</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Corrective actions, after verification:</source>
        <translation>纠正与预防措施，自验证起保存：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Corrective and preventive action</source>
        <translation>纠正与预防措施</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Corrective and preventive action record</source>
        <translation>客诉纠正与预防措施记录表</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Corrective and preventive actions</source>
        <translation>纠正与预防措施</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/services/casework/documents.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Customer Service Desk</source>
        <translation>客户服务台</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Customer class</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Customer consent</source>
        <translation>顾客是否同意</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Customer contacted</source>
        <translation>已联系顾客</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Customer signature</source>
        <translation>顾客签字</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Customer unreachable for the revisit</source>
        <translation>回访时联系不上顾客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Customer&apos;s data…</source>
        <translation>顾客信息…</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Customer&apos;s demands</source>
        <translation>顾客诉求</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Customer&apos;s opinion</source>
        <translation>顾客意见</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Customer&apos;s opinion…</source>
        <translation>顾客意见…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Customer&apos;s personal data</source>
        <translation>顾客个人信息</translation>
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
        <translation>顾客原话</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Customers satisfied with the result</source>
        <translation>对处理结果满意的顾客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Customers to inform</source>
        <translation>待反馈进展的顾客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Daily backup written and verified: {path}</source>
        <translation>今日备份已完成并通过校验：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Daily review</source>
        <translation>每日查阅</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Daily trend</source>
        <translation>每日趋势</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/file_check.py"/>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>Database error: {error}</source>
        <translation>数据库错误：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
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
        <translation>日期变更</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Dates are month-day (mm-dd), times hours:minutes; score: satisfaction from 1 (very dissatisfied) to 5 (very satisfied).</source>
        <translation>日期为“月-日”（mm-dd），时间为“时:分”；评分：满意度，1（非常不满意）至 5（非常满意）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Dear customer,</source>
        <translation>尊敬的顾客：</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Dear {name},</source>
        <translation>尊敬的{name}：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Delete {n} cases closed before {date} and everything listed with them? This cannot be undone.</source>
        <translation>删除 {date} 之前结案的 {n} 件投诉及上面列出的全部相关记录吗？删除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Demand</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Demand in the customer&apos;s words</source>
        <translation>顾客诉求（原话）</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Demands</source>
        <translation>诉求</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Demo data: {count} example cases to try Desk out</source>
        <translation>演示数据：{count} 条示例投诉，用来试用 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Demo database {url}: {count} cases added.</source>
        <translation>演示数据库 {url}：已添加 {count} 条投诉。</translation>
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
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Department / tenant</source>
        <translation>部门/商户</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Department manager</source>
        <translation>部门经理</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Department manager / floor supervisor</source>
        <translation>部门经理/楼层主管</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Department: {name}</source>
        <translation>部门：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Deputy GM</source>
        <translation>店副总</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Deputy GM signature</source>
        <translation>店副总签字</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Describe what happened.</source>
        <translation>请填写投诉经过。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>Desk backs up the database before it changes its tables, and PostgreSQL&apos;s pg_dump is not installed on this PC; install PostgreSQL&apos;s client tools, or back the server up yourself and run the command again with --no-backup.</source>
        <translation>Desk 在更改数据表之前会先备份数据库，但这台电脑没有安装 PostgreSQL 的 pg_dump；请安装 PostgreSQL 客户端工具，或自行备份服务器后加上 --no-backup 再运行该命令。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>Desk cannot reach the database server {server}; check the network and the server&apos;s address, or ask your IT support whether the server is running.</source>
        <translation>Desk 无法连接数据库服务器 {server}；请检查网络和服务器地址，或询问 IT 支持人员服务器是否在运行。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>Desk cannot reach the database server, so nothing was read or saved; check the network and the server&apos;s address, or ask your IT support whether the server is running.</source>
        <translation>Desk 无法连接数据库服务器，因此没有读取或保存任何内容；请检查网络和服务器地址，或询问 IT 支持人员服务器是否在运行。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/app.py"/>
        <source>Desk cannot start</source>
        <translation>Desk 无法启动</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>Desk cannot use the database URL {url}: give a file path, sqlite:///PATH or postgresql://USER@SERVER/DATABASE.</source>
        <translation>Desk 无法使用数据库地址 {url}：请给出文件路径、sqlite:///路径 或 postgresql://用户@服务器/数据库。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Desk clerk</source>
        <translation>服务台客服</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Desk clerk signature</source>
        <translation>服务台客服签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Desk complaint desk</source>
        <translation>Desk 客诉服务台</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Desk is locked</source>
        <translation>Desk 已锁定</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py"/>
        <source>Desk is still using the database {path}; close every Desk window (and wait for scheduled tasks to finish), then restore again.</source>
        <translation>Desk 仍在使用数据库 {path}；请关闭所有 Desk 窗口（并等待计划任务结束），然后再恢复。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Desk needs an administrator, who sets up the organisation and the accounts and gives everyone else their first password. Who is it?</source>
        <translation>Desk 需要一位系统管理员，负责组织设置和账户，并为其他人设置初始密码。由谁担任？</translation>
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
酒店与商场服务台的顾客投诉管理程序：投诉记录、处理单、回访、纠正与预防措施以及报表。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Desk: the complaint desk of a hotel or shopping mall.</source>
        <translation>Desk：酒店与商场服务台的顾客投诉管理程序。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Difference</source>
        <translation>增减</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <source>Difference (%)</source>
        <translation>增减幅度</translation>
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
        <translation>双击文件即可打开。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <location filename="../../desk/ui/cases/complaint_save.py"/>
        <source>Draft kept at {time}</source>
        <translation>已于 {time} 保存草稿</translation>
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
        <translation>即将到期</translation>
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
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Earliest due date</source>
        <translation>最早到期日</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Edit history entries</source>
        <translation>修改历史</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Effective</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/documents.py"/>
        <source>Effective: the same kind of complaint did not come back</source>
        <translation>有效：未再出现同类投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Encrypt the connection (TLS)</source>
        <translation>加密连接（TLS）</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Enter a phone number or an address so the customer can get an answer.</source>
        <translation>请填写联系电话或地址，以便答复顾客。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>Enter the amount as a number, e.g. 150.00.</source>
        <translation>请以数字填写金额，例如 150.00。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Enter the complainant&apos;s name, or mark the complaint anonymous.</source>
        <translation>请填写投诉人姓名，或将投诉标为匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>Entry {seq}</source>
        <translation>第 {seq} 条</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Environment / facilities</source>
        <translation>环境/设施</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Erased the customer from {cases} cases ({files} attachment files deleted); the cases and their figures are kept.</source>
        <translation>已从 {cases} 件投诉中删除该顾客的个人信息（删除了 {files} 个附件文件）；投诉及其统计数据保留。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Erasing cannot be undone: add --yes to erase the customer.</source>
        <translation>删除后无法恢复：请加上 --yes 以删除该顾客的个人信息。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Escalate</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Escalated</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Escalated to</source>
        <translation>已升级至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Escalate…</source>
        <translation>上报…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Escalation</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Escalation level</source>
        <translation>上报层级</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Every contact with the customer is kept, even when there is nothing new to tell.</source>
        <translation>每次与顾客的联系都要记录，即使暂无新进展也要持续反馈。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Everything held about the person with this phone number (all their cases, slips, contacts, revisits, compensation and the list of attachments) goes into one workbook. The export is recorded.</source>
        <translation>该电话号码顾客的全部信息（所有投诉、处理单、联系记录、回访、赔偿及附件清单）写入一个工作簿。导出会被记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Export to Excel…</source>
        <translation>导出为 Excel…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Exported files:</source>
        <translation>导出文件：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Fair compensation</source>
        <translation>赔偿合理</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>False advertising</source>
        <translation>虚假宣传</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Field</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>File error: {error}</source>
        <translation>文件错误：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>Fill this in.</source>
        <translation>请填写此项。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Filling in the demo data…</source>
        <translation>正在生成演示数据…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>First password:</source>
        <translation>初始密码：</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response (h)</source>
        <translation>首次响应（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response, mean (hours)</source>
        <translation>首次响应平均时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response, median (hours)</source>
        <translation>首次响应时长中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>First response: hours from intake to the first contact with the customer, handling slip or answer, for the cases received in the period.</source>
        <translation>首次响应：本期受理的投诉从受理到首次联系顾客、开具处理单或作出答复所用的小时数。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>First {shown} of {count} pages shown</source>
        <translation>仅显示前 {shown} 页，共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Fit width</source>
        <translation>适应宽度</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Floor supervisor</source>
        <translation>楼层主管</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Floor supervisor signature</source>
        <translation>楼层主管签字</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Friendly staff</source>
        <translation>员工态度友好</translation>
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
        <translation>店总</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>GM signature</source>
        <translation>店总签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>GM: not signed</source>
        <translation>店总：未签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>GM: {name}, {date}</source>
        <translation>店总：{name}，{date}</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Genuine: the code matches case {case_no} as stored.</source>
        <translation>真实有效：校验码与系统中保存的投诉 {case_no} 一致。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>Give a reason for cancelling the revisit.</source>
        <translation>请填写取消回访的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Give a reason for the new date.</source>
        <translation>请填写更改日期的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Give a reason for voiding the case.</source>
        <translation>请填写作废原因。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Give the administrator a user name.</source>
        <translation>请为系统管理员填写用户名。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Give the case number: desk hold CASE_NO --reason TEXT.</source>
        <translation>请给出投诉编号：desk hold CASE_NO --reason TEXT。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/customers.py"/>
        <source>Give the customer&apos;s phone number (at least {n} digits).</source>
        <translation>请输入顾客的电话号码（至少 {n} 位数字）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>Give the head as printed on the report: its hex digits, optionally after the entry count (1234:3f2a9b0c1d2e).</source>
        <translation>请按报表上印的链头填写：十六进制数字，可在前面加条目数（1234:3f2a9b0c1d2e）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>请用 --password-stdin 从标准输入提供密码。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Give the user name.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Greet the customer and say who you are: the customer service desk of {company}.</source>
        <translation>问候顾客并表明身份：{company}顾客服务台。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Handled at</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Handled by</source>
        <translation>处理部门/人</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handled quickly</source>
        <translation>处理及时</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handled too slowly</source>
        <translation>处理太慢</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handler</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Handler signature</source>
        <translation>经办人签字</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Handling</source>
        <translation>处理情况</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Handling result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handling result recorded</source>
        <translation>处理结果已登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Handling slip</source>
        <translation>处理单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Handling slip (Chinese and English)</source>
        <translation>处理单（中英文）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Handling slip issued</source>
        <translation>处理单已开具</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Handling slips</source>
        <translation>处理单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Handling slips of {day}: {done} of {count} reviewed</source>
        <translation>{day} 的处理单：已查阅 {done} 张，共 {count} 张</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Handling slips reviewed (daily review)</source>
        <translation>已查阅的处理单（每日查阅）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Hold</source>
        <translation>保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Hold the case</source>
        <translation>保全此投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Hotline</source>
        <translation>服务热线</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Hours overdue</source>
        <translation>超时小时数</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>How</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <source>How the figures are counted</source>
        <translation>统计口径说明</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>How you tried to reach the customer</source>
        <translation>联系顾客所用的方式</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Import old records</source>
        <translation>导入以前的记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Import old records...</source>
        <translation>导入以前的记录...</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>Imported from an earlier register</source>
        <translation>从以前的登记表导入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/import_dialog.py"/>
        <source>Importing {name}...</source>
        <translation>正在导入 {name}...</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/blocks.py"/>
        <source>In Desk: {name}</source>
        <translation>Desk 记录：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Incident place</source>
        <translation>发生地点</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <source>Incident time</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Intake receipt (80 mm roll)</source>
        <translation>投诉受理回执（80 毫米卷纸）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Intake receipt (A5)</source>
        <translation>投诉受理回执（A5）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Issue a handling slip</source>
        <translation>开具处理单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Issue slip…</source>
        <translation>开具处理单…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Issue the slip</source>
        <translation>开具处理单</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Issued</source>
        <translation>开单时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Join</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Join a server</source>
        <translation>加入服务器</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Join a server shared by all desks…</source>
        <translation>加入所有服务台共用的服务器…</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/policy.py"/>
        <source>Keep records between {low} and {high} years.</source>
        <translation>保存期限须在 {low} 到 {high} 年之间。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Kept for a corrective action: {n} cases past the cut-off.</source>
        <translation>因纠正与预防措施保留：{n} 件已过期限的投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Kept on legal hold: {n} cases past the cut-off.</source>
        <translation>因依法保全保留：{n} 件已过期限的投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Key customer</source>
        <translation>重点客户</translation>
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
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Language:</source>
        <translation>语言：</translation>
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
        <translation>上次联系</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Later</source>
        <translation>以后再说</translation>
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
        <translation>来信</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Letter / e-mail</source>
        <translation>信函/电子邮件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/lock.py"/>
        <source>Lock / switch user</source>
        <translation>锁定 / 切换用户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Locked by {name}. {name} or another person may sign in.</source>
        <translation>由{name}锁定。{name}或其他人均可登录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Log</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Log an attempt that reached the customer first.</source>
        <translation>请先登记一次联系上顾客的回访。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Log call to the tenant</source>
        <translation>登记致电商户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Log customer contact</source>
        <translation>登记联系顾客</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Log customer contact…</source>
        <translation>登记联系顾客…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Log files:</source>
        <translation>日志文件夹：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Log tenant call…</source>
        <translation>登记致电商户…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Logistics / delivery</source>
        <translation>物流/配送</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Logo:</source>
        <translation>标志：</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Made by Desk on {date}</source>
        <translation>由 Desk 于 {date} 生成</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Make administrator</source>
        <translation>设为系统管理员</translation>
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
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Mark reviewed</source>
        <translation>标记为已查阅</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Mask phone numbers (138****5678)</source>
        <translation>隐藏部分电话号码（138****5678）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Material</source>
        <translation>物料</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Mean resolution time (h)</source>
        <translation>平均处理时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/summary.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Member No.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Member number</source>
        <translation>会员号</translation>
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
        <translation>月份：{month}。回访：{total}；联系上：{reached}；联系不上：{unreachable}；平均满意度：{average}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Monthly purge: {cases} cases past retention deleted.</source>
        <translation>每月清理：已删除 {cases} 件超过保存期限的投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Monthly revisit</source>
        <translation>月度回访</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>NOT genuine: the code does not match case {case_no} as stored (the slip is forged or the case has changed since it was printed).</source>
        <translation>无效：校验码与系统中保存的投诉 {case_no} 不一致（该单据系伪造，或投诉在打印后已被修改）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>Name the file to import (or --template FILE.xlsx).</source>
        <translation>请指定要导入的文件（或 --template FILE.xlsx）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Name the owner of the action.</source>
        <translation>请填写措施的责任人。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Needed: the complaint was made in writing</source>
        <translation>需要：这是书面投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Needs approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>New</source>
        <translation>新登记</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>New complaint</source>
        <translation>新投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>New complaint record</source>
        <translation>新的投诉记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>New password again:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>New record: {name}</source>
        <translation>新记录：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>New reply date</source>
        <translation>新的答复日期</translation>
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
        <translation>最后一次联系仍无人应答：已将顾客标记为联系不上。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/customers.py"/>
        <source>No case has the phone number {phone}.</source>
        <translation>没有电话号码为 {phone} 的投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>No control characters here.</source>
        <translation>此处不能有控制字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>No data yet: corrective actions are not recorded in this database.</source>
        <translation>暂无数据：此数据库中还没有纠正与预防措施记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>No data yet: revisits are not recorded in this database.</source>
        <translation>暂无数据：此数据库中还没有回访记录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>No earlier cases for this number.</source>
        <translation>该号码以前没有投诉记录。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/output.py"/>
        <source>No free file name next to this file.</source>
        <translation>该文件旁已没有可用的文件名。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>No handling slip yet</source>
        <translation>尚未开具处理单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>No logo</source>
        <translation>无标志</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>No open cases.</source>
        <translation>没有未结投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>No password came on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>No program on this computer opens {name}.</source>
        <translation>这台电脑上没有能打开 {name} 的程序。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>No program to open {path} was found.</source>
        <translation>找不到可以打开 {path} 的程序。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>No repeats at the moment.</source>
        <translation>目前没有重复投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>No reply letter for this case: it is anonymous and has no address to send a letter to.</source>
        <translation>此投诉为匿名投诉且没有地址，无法寄送书面答复函。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>No revisits due</source>
        <translation>没有到期的回访</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>No revisits in this month.</source>
        <translation>该月没有回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>No spaces or / ? # @ here.</source>
        <translation>此处不能有空格或 / ? # @。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>No staff are set up yet. Set up the organisation (sites, departments, tenants, staff) now?</source>
        <translation>还没有设置员工。现在设置组织架构（门店、部门、商户、员工）吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>No such case</source>
        <translation>没有这条投诉</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Nobody signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>None of the customer&apos;s cases here is resolved or closed, so there is nothing to reopen. Record a new complaint instead.</source>
        <translation>该顾客在此没有已解决或已结案的投诉，无法重新受理。请改为登记新投诉。</translation>
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
        <translation>无效：再次出现同类投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Not kept informed</source>
        <translation>未及时告知进展</translation>
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
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Not satisfied at the revisit.</source>
        <translation>回访时顾客不满意。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Not satisfied at the revisit: {words}</source>
        <translation>回访时顾客不满意：{words}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Not satisfied: case reopened</source>
        <translation>不满意：已重新受理</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Not satisfied: offer to reopen the case or to record a new complaint. Thank them.</source>
        <translation>如顾客不满意：可提出重新受理该投诉或登记新投诉。最后向顾客致谢。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Not satisfied: re&amp;open the case</source>
        <translation>不满意：重新受理投诉(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/documents.py"/>
        <source>Not verified yet</source>
        <translation>尚未验证</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Nothing here</source>
        <translation>暂无</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/tables.py"/>
        <source>Nothing in this period.</source>
        <translation>本期没有数据。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Now with: {level} {owner}. Escalating moves the case to: {next}.</source>
        <translation>当前处理：{level} {owner}。上报后将转至：{next}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Object of the complaint</source>
        <translation>投诉对象</translation>
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
        <translation>未超时</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>On-time share</source>
        <translation>按时结案率</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Only a resolved or closed case can be reopened.</source>
        <translation>只有已解决或已结案的投诉才能重新受理。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>Only complaints from channels such as the suggestion box can be anonymous.</source>
        <translation>只有来自意见箱等渠道的投诉可以匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Only complaints from the suggestion box, letters, the web or social media can be anonymous.</source>
        <translation>只有来自意见箱、来信、网页或社交媒体的投诉可以匿名。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may answer at the desk, issue and close handling slips: {roles}.</source>
        <translation>只有以下岗位可以当场答复、开具处理单和结案：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may approve this compensation: {roles}.</source>
        <translation>只有以下岗位可以批准这笔赔偿：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may change accounts: {roles}.</source>
        <translation>只有以下岗位可以修改账户：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may change the setup: {roles}.</source>
        <translation>只有以下岗位可以修改设置：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may decide on retention, holds and personal data: {roles}.</source>
        <translation>只有以下岗位可以决定保存期限、保全和个人资料：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may record a handling result: {roles}.</source>
        <translation>只有以下岗位可以登记处理结果：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may record and edit complaints: {roles}.</source>
        <translation>只有以下岗位可以登记和修改投诉：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may reopen a case: {roles}.</source>
        <translation>只有以下岗位可以重新受理投诉：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may review the day&apos;s handling slips: {roles}.</source>
        <translation>只有以下岗位可以审阅当天的处理单：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may sign a corrective action as GM: {roles}.</source>
        <translation>只有以下岗位可以以店总身份签署纠正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may sign a corrective action as operations manager: {roles}.</source>
        <translation>只有以下岗位可以以营运经理身份签署纠正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may sign a handling slip off: {roles}.</source>
        <translation>只有以下岗位可以审核处理单：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may verify a corrective action: {roles}.</source>
        <translation>只有以下岗位可以验证纠正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may void a case: {roles}.</source>
        <translation>只有以下岗位可以作废投诉：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may work on cases (contacts, dates, escalation, revisits): {roles}.</source>
        <translation>只有以下岗位可以处理投诉（联系、日期、上报、回访）：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/permissions.py"/>
        <source>Only these roles may work on corrective actions: {roles}.</source>
        <translation>只有以下岗位可以处理纠正措施：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Open and overdue: cases not closed at the end of the period (or now, for a period still running); overdue when the promised reply date has passed by then.</source>
        <translation>未结与超时：在期末（本期尚未结束时为当前）仍未结案的投诉；届时已过承诺答复日期的计为超时。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Open at the end of the day</source>
        <translation>当日结束时未结</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Open at the end of the period</source>
        <translation>期末未结</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Open cases</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Open corrective action #{id}</source>
        <translation>打开纠正措施记录 #{id}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <source>Open them again to finish them? No throws the changes away.</source>
        <translation>重新打开以便完成吗？选择“否”将丢弃这些修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Open them again to finish them? No throws them away.</source>
        <translation>要重新打开并继续填写吗？选“否”将丢弃这些记录。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Opened by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Opened by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Opened {date} by {name} · {source} · same kind means: {criteria}</source>
        <translation>{name}于 {date} 创建 · {source} · 同类投诉的判定：{criteria}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Operations manager</source>
        <translation>营运经理</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Operations manager signature</source>
        <translation>营运经理签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Operations manager: not signed</source>
        <translation>营运经理：未签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Operations manager: {name}, {date}</source>
        <translation>营运经理：{name}，{date}</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Opinion in their words</source>
        <translation>顾客原话</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Or responsible person&apos;s name</source>
        <translation>或填写负责人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Or the owner&apos;s name</source>
        <translation>或填写责任人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Or why there is none</source>
        <translation>或填写不作答复的原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Ordinary</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Ordinary customer</source>
        <translation>普通客户</translation>
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
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <location filename="../../desk/ui/casework/case_work_state.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Overdue at the end of the period</source>
        <translation>期末超时</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Overdue cases</source>
        <translation>超时投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Overdue cases at the end of the period</source>
        <translation>期末超时投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Overdue: the promised reply time has passed.</source>
        <translation>已超时：已过承诺答复时间。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>PROBLEM: {text}</source>
        <translation>问题：{text}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/layout.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Password again:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>Password of {name} set.</source>
        <translation>已设置 {name} 的密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Past retention</source>
        <translation>超过保存期限</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Periodic (core/key customer)</source>
        <translation>定期回访（核心/重点客户）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>Permission denied: {path}</source>
        <translation>没有访问权限：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Person:</source>
        <translation>人员：</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Personal data held about a customer</source>
        <translation>所保存的顾客个人信息</translation>
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
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Phone numbers are masked unless the report was made with masking turned off.</source>
        <translation>除非生成报表时关闭了号码遮蔽，电话号码均已部分隐藏。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Phone {phone}: {cases} cases. Made {when}.</source>
        <translation>电话 {phone}：{cases} 件投诉。生成于 {when}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Photos, audio, video, PDF (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.mp3 *.m4a *.amr *.wav *.ogg *.flac *.mp4 *.mov *.avi *.webm *.pdf);;All files (*)</source>
        <translation>照片、音频、视频、PDF (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.heic *.mp3 *.m4a *.amr *.wav *.ogg *.flac *.mp4 *.mov *.avi *.webm *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick a category.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick a customer class.</source>
        <translation>请选择客户类别。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Pick a revisit from the list.</source>
        <translation>请从列表中选择一条回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>Pick a role.</source>
        <translation>请选择岗位。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Pick a root-cause category.</source>
        <translation>请选择原因类别。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick a severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Pick corrective or preventive.</source>
        <translation>请选择纠正措施或预防措施。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/vocab.py"/>
        <source>Pick customer classes from the list.</source>
        <translation>请从列表中选择客户类别。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Pick how the customer was contacted.</source>
        <translation>请选择联系顾客的方式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Pick how you tried to reach the customer.</source>
        <translation>请选择联系顾客所用的方式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the channel the complaint came through.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Pick the complaints the action is about.</source>
        <translation>请选择该措施针对的投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the department the complaint is about.</source>
        <translation>请选择被投诉的部门。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>Pick the kind of compensation.</source>
        <translation>请选择赔偿方式。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Pick the reasons from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Pick the responsible department.</source>
        <translation>请选择责任部门。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the staff member the complaint is about.</source>
        <translation>请选择被投诉的员工。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick the tenant the complaint is about.</source>
        <translation>请选择被投诉的商户。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Pick the tenant.</source>
        <translation>请选择商户。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Pick what the complaint is about.</source>
        <translation>请选择投诉对象。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Please correct the marked fields first.</source>
        <translation>请先修改标出的栏目。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>Please tell the customer: we will reply by {when}.</source>
        <translation>请告知顾客：我们将于 {when} 前答复。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Poor attitude</source>
        <translation>服务态度差</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Potential customer</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Pre-breach warnings</source>
        <translation>即将超时预警</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Prepared by (desk clerk)</source>
        <translation>制表人（服务台客服）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Preparing the document…</source>
        <translation>正在生成单据…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Preventive action</source>
        <translation>预防措施</translation>
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
        <translation>打印(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Price dispute</source>
        <translation>价格纠纷</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_save.py"/>
        <source>Print receipt</source>
        <translation>打印回执</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Print {title}</source>
        <translation>打印{title}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Print...</source>
        <translation>打印...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Problem and root cause</source>
        <translation>问题与根本原因</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Problem not solved</source>
        <translation>问题未解决</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Problem solved</source>
        <translation>问题已解决</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Problem that keeps coming back</source>
        <translation>反复出现的问题</translation>
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
        <translation>商品或服务</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Product quality / defect</source>
        <translation>商品质量/缺陷</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/breakdowns.py"/>
        <source>Product, service or other</source>
        <translation>商品、服务或其他</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Promised reply</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Propose</source>
        <translation>提交</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Propose compensation</source>
        <translation>提出赔偿方案</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Propose compensation…</source>
        <translation>提出赔偿方案…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purge automatically each month</source>
        <translation>每月自动清理</translation>
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
        <translation>已清理 {cases} 件投诉（{date} 之前结案）、{files} 个附件文件、{capas} 项纠正与预防措施。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purging...</source>
        <translation>正在清理……</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Purging... {done} of {total} cases deleted.</source>
        <translation>正在清理……已删除 {done} / {total} 件投诉。</translation>
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
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Raised at the revisit of case {case_no}.</source>
        <translation>在投诉 {case_no} 的回访中提出。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Re: your complaint {case_no}</source>
        <translation>关于您的投诉（编号 {case_no}）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Reached</source>
        <translation>联系上</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_tabs.py"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
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
        <translation>原因（调解、行政机关、法院）</translation>
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
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Received: cases recorded in the period. Void cases are not counted anywhere.</source>
        <translation>受理数：本期登记的投诉。已作废的投诉不计入任何统计。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Record No.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Record result…</source>
        <translation>登记处理结果…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Record the answer</source>
        <translation>登记答复</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Record the customer&apos;s opinion.</source>
        <translation>请登记顾客意见。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Record the customer&apos;s satisfaction (1 to 5).</source>
        <translation>请登记顾客满意度（1 到 5）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Record the handling result before closing.</source>
        <translation>结案前请先登记处理结果。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Record the result</source>
        <translation>登记处理结果</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Recorded by (signature)</source>
        <translation>记录人（签字）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Recorded {when}</source>
        <translation>已于 {when} 登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Release selected</source>
        <translation>解除所选保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Release the hold</source>
        <translation>解除保全</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Remind them of their complaint of {date} (case {case_no}) and of the result given.</source>
        <translation>提及顾客于 {date} 的投诉（编号 {case_no}）及当时给出的处理结果。</translation>
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
        <translation>正在生成页面…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Reopen</source>
        <translation>重新受理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Reopen the case</source>
        <translation>重新受理投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Reopen…</source>
        <translation>重新受理…</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Repeat complaint: a case received in the period whose phone number complained before within {repeat_days} days; share of the received cases with a phone number.</source>
        <translation>重复投诉：本期受理的投诉中，同一电话号码在此前 {repeat_days} 天内投诉过的；按留有电话号码的受理投诉计算比例。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Repeat complaints (same phone within {days} days)</source>
        <translation>重复投诉（{days} 天内同一电话）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Repeats</source>
        <translation>重复投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Repeats: {count} suggestions</source>
        <translation>重复投诉：{count} 条建议</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>Repeats: {count} suggestions, the first {shown} shown</source>
        <translation>重复投诉：{count} 条建议，显示前 {shown} 条</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <source>Reply date changed</source>
        <translation>答复日期已更改</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Reply due soon: most of the time to the promised reply is used.</source>
        <translation>即将到期：承诺答复的时间已用去大半。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Reply promised by</source>
        <translation>承诺答复时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>Reply promised by {when}</source>
        <translation>承诺于 {when} 前答复</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>Reply time must be between 0 and 8760 hours.</source>
        <translation>答复时限必须在 0 到 8760 小时之间。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Reply to your complaint</source>
        <translation>投诉答复函</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>Report summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time (h)</source>
        <translation>处理时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time, mean (hours)</source>
        <translation>处理平均时长（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time, median (hours)</source>
        <translation>处理时长中位数（小时）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Resolution time: hours from intake to the handling result (or to the closing when no result was recorded), for the cases closed in the period.</source>
        <translation>处理时长：本期结案的投诉从受理到登记处理结果（未登记处理结果的算到结案）所用的小时数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Responsible department</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/casework/verification.py"/>
        <source>Responsible person</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Responsible staff</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Restored {backup} to {path}.</source>
        <translation>已将 {backup} 恢复到 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Result</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Result given: {result}</source>
        <translation>当时的处理结果：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Result of the revisit</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Retention</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Retention and legal holds</source>
        <translation>保存期限与依法保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Retention and legal holds...</source>
        <translation>保存期限与依法保全...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Retention policy</source>
        <translation>保存期限规定</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Return / exchange</source>
        <translation>退换货</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>Returning customer. Earlier cases: {count}, the last on {date}.</source>
        <translation>老顾客。以前的投诉：{count} 条，最近一次在 {date}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>Review...</source>
        <translation>查看...</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>Reviewed</source>
        <translation>查阅情况</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <source>Reviewed by (operations manager)</source>
        <translation>查阅人（营运经理）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Revisit attempt</source>
        <translation>回访联系</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Revisit coverage (customers reached)</source>
        <translation>回访覆盖率（联系上的顾客）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Revisit coverage: share of the customers who complained in the period before (one customer per phone number) that a revisit had reached by the end of this period.</source>
        <translation>回访覆盖率：上一期投诉的顾客（同一电话号码算一位顾客）中，到本期结束时已经通过回访联系上的比例。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Revisit done</source>
        <translation>回访已完成</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>Revisit log</source>
        <translation>客户回访记录表</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Revisit scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>Revisit {id} does not exist.</source>
        <translation>回访记录 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>Revisited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/services/retention/plan.py"/>
        <location filename="../../desk/ui/shell/workspace.py"/>
        <source>Revisits</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>Revisits created: {monthly} for the monthly campaign, {periodic} periodic.</source>
        <translation>已创建回访：月度回访 {monthly} 条，定期回访 {periodic} 条。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Revisits due in the period</source>
        <translation>本期应回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>Revisits due today, {date} ({count})</source>
        <translation>今日（{date}）到期的回访（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Roles</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Room / member No.</source>
        <translation>房号 / 会员号</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Room No.</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Room no.</source>
        <translation>房号</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Room number</source>
        <translation>房间号</translation>
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
        <translation>原因类别(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Root-cause category</source>
        <translation>原因类别</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Route</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Safety</source>
        <translation>安全</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Same customer again</source>
        <translation>同一顾客再次投诉</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Same kind in the period</source>
        <translation>期内同类投诉</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Same kind means</source>
        <translation>同类投诉的判定</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Same object, same category</source>
        <translation>同一对象、同类投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Satisf&amp;ied</source>
        <translation>满意(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Satisfaction at the revisit (1–5)</source>
        <translation>回访满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Satisfaction: share of customers satisfied with the result, among the opinions recorded on the slips of the cases closed in the period.</source>
        <translation>满意度：本期结案投诉的处理单上登记了顾客意见的，其中对处理结果满意的比例。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Save again to keep what you typed over the saved values.</source>
        <translation>再次保存，即以您填写的内容替换已保存的内容。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Save password</source>
        <translation>保存密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Save policy</source>
        <translation>保存规定</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Save the PDF as</source>
        <translation>将 PDF 另存为</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Save the changes to case {case_no}?</source>
        <translation>保存对投诉 {case_no} 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <source>Save the changes to {number}?</source>
        <translation>保存对 {number} 的修改吗？</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Saved now</source>
        <translation>当前已保存</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Saved now ({changed})</source>
        <translation>当前已保存（{changed}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Saved: the customer is satisfied.</source>
        <translation>已保存：顾客满意。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <location filename="../../desk/ui/kit/dialogs.py"/>
        <source>Saving...</source>
        <translation>正在保存...</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Say why the case is escalated.</source>
        <translation>请填写上报原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>Say why the case is held (for example: consumers&apos; association mediation).</source>
        <translation>请说明保全原因（例如：消费者协会调解中）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>Say why the case is held: desk hold CASE_NO --reason TEXT.</source>
        <translation>请说明保全原因：desk hold CASE_NO --reason TEXT。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>Say why the revisit will not happen (the case was voided, the customer asked not to be called…).</source>
        <translation>请说明不进行回访的原因（投诉已作废、顾客要求不要来电…）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/settings.py"/>
        <source>Say yes or no.</source>
        <translation>请选择是或否。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Scan the code to check that this slip is genuine.</source>
        <translation>扫描二维码可核验本单真伪。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Scans and photos (*.pdf *.jpg *.jpeg *.png *.heic *.bmp);;All files (*)</source>
        <translation>扫描件和照片 (*.pdf *.jpg *.jpeg *.png *.heic *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/revisit_log.py"/>
        <location filename="../../desk/documents/xlsx/revisits.py"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Send the slip to a department or a tenant.</source>
        <translation>请将处理单转给部门或商户。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Send to</source>
        <translation>转交</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/verification.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Sent to</source>
        <translation>转交至</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sent to the GM</source>
        <translation>已上报店总</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Serious</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/company_extras.py"/>
        <source>Service desk phone:</source>
        <translation>服务台电话：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>Set password...</source>
        <translation>设置密码...</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Set the date the action is due.</source>
        <translation>请设定措施的完成期限。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Set up floor supervisors...</source>
        <translation>设置楼层主管…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Set up the organisation</source>
        <translation>设置组织架构</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Share of received</source>
        <translation>占受理数比例</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Shop</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>Shop: {name}</source>
        <translation>店铺：{name}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Show figures</source>
        <translation>显示数据</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/phone_reveal.py"/>
        <source>Show the whole number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/phone_reveal.py"/>
        <source>Show the whole number (written to the audit trail)</source>
        <translation>显示完整号码（会记入审计记录）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Sign as &amp;GM</source>
        <translation>以店总身份签字(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Sign as &amp;operations manager</source>
        <translation>以营运经理身份签字(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Sign in as one of {users}; the password of each is {password}.</source>
        <translation>可用以下任一账户登录：{users}；密码均为 {password}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Sign in to Desk</source>
        <translation>登录 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/session.py"/>
        <source>Sign in to do this.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>Sign in with your user name and password.</source>
        <translation>请用您的用户名和密码登录。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sign off</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sign off the handling slip of case {case_no} to {target}, agreed reply by {date}? Only the operations manager (or the deputy GM or GM) can sign off.</source>
        <translation>确定审核通过投诉 {case_no} 的处理单（转交{target}，承诺于 {date} 前答复）吗？只有营运经理（或店副总、店总）可以审核。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Sign off the slip</source>
        <translation>审核处理单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Sign off…</source>
        <translation>审核…</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Sign-off</source>
        <translation>签字审核</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>Signatures</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Signed</source>
        <translation>签字时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>Signed already.</source>
        <translation>已签字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>Signed in: {name} ({roles})</source>
        <translation>已登录：{name}（{roles}）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Signed off in Desk by {name}, {when}</source>
        <translation>已在 Desk 中由{name}签核，{when}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Signed slip attached</source>
        <translation>已附顾客签字的处理单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Signed {when}</source>
        <translation>已于 {when} 签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Signed.</source>
        <translation>已签字。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/retention_dialog.py"/>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Site</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Sites</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/access.py"/>
        <source>Size (bytes)</source>
        <translation>大小（字节）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Slip signed off by the operations manager</source>
        <translation>营运经理已审核处理单</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/crash.py"/>
        <source>Something went wrong. Desk keeps running; please save your work and tell the person who looks after this computer.</source>
        <translation>程序出错了。Desk 仍可继续使用；请先保存手头的工作，并告知负责这台电脑的同事。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Start on this PC: an empty database, for real work</source>
        <translation>在本机开始：空数据库，用于正式工作</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Start with</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>State the problem and pick the root-cause category before signing.</source>
        <translation>签字前请写明问题并选择原因类别。</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/customer_panel.py"/>
        <source>Still open: {cases}</source>
        <translation>尚未结案：{cases}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Straight to the GM (media-exposed / acute)</source>
        <translation>直接上报店总（媒体曝光/情况紧急）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Suggestion box</source>
        <translation>意见箱</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Take a file off the list before the record is saved</source>
        <translation>在保存记录前将文件从列表中移除</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Tell the customer the result (log the contact or their opinion) before closing.</source>
        <translation>结案前请先把处理结果告知顾客（登记联系记录或顾客意见）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>Template written: {path}</source>
        <translation>模板已写入：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/services/reports/breakdowns.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Tenant</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/import_columns.py"/>
        <location filename="../../desk/services/common/vocab.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Tenant / shop</source>
        <translation>商户/店铺</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Tenant call</source>
        <translation>致电商户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Tenant follow-ups due</source>
        <translation>待跟进的商户投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Tenant slips go through a floor supervisor, and none is set up yet.</source>
        <translation>商户处理单须经楼层主管，目前尚未设置楼层主管。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Tenant slips go through a floor supervisor; add one in the organisation setup.</source>
        <translation>商户处理单须经楼层主管转交；请先在组织设置中添加楼层主管。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Tenant&apos;s manager called</source>
        <translation>已致电商户负责人</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Tenants</source>
        <translation>商户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for coming to our service desk on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感谢您于 {date} 到服务台反映情况（投诉编号 {case_no}）。我们重视每一条投诉，已对此事进行了认真调查。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>Thank you for telling us. Please keep this receipt.</source>
        <translation>感谢您的反馈。请妥善保管本回执。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your call on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感谢您于 {date} 来电反映情况（投诉编号 {case_no}）。我们重视每一条投诉，已对此事进行了认真调查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your complaint received on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感谢您于 {date} 反映的情况（投诉编号 {case_no}）。我们重视每一条投诉，已对此事进行了认真调查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your e-mail received on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感谢您于 {date} 发来的电子邮件（投诉编号 {case_no}）。我们重视每一条投诉，已对此事进行了认真调查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>Thank you for your letter received on {date} (case {case_no}). We take every complaint seriously and have looked into it carefully.</source>
        <translation>感谢您于 {date} 的来信（投诉编号 {case_no}）。我们重视每一条投诉，已对此事进行了认真调查。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>That compensation does not exist.</source>
        <translation>该赔偿记录不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>That department does not exist.</source>
        <translation>该部门不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <source>That handling slip no longer exists.</source>
        <translation>该处理单已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The PDF file has no pages.</source>
        <translation>PDF 文件没有任何页面。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The PDF file is damaged or is not a PDF ({error}).</source>
        <translation>PDF 文件已损坏或不是 PDF 文件（{error}）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The PDF file is missing: {path}</source>
        <translation>找不到 PDF 文件：{path}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The account {name} is disabled; ask the administrator.</source>
        <translation>账户 {name} 已停用，请联系系统管理员。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The action no longer exists.</source>
        <translation>该措施已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>The administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The agreed reply date may change only {limit} times, and both changes have been used. The date stays as it was and the case has gone straight to the GM.</source>
        <translation>承诺答复日期最多只能变更 {limit} 次，现已用完。日期保持不变，投诉已直接上报店总。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The agreed reply date must be in the future.</source>
        <translation>承诺答复日期必须晚于现在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>The amount must be between 0 and 10,000,000.</source>
        <translation>金额必须在 0 到 10,000,000 之间。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>The attached file is missing from the data folder ({path}).</source>
        <translation>数据文件夹中找不到该附件（{path}）。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>The attached file is missing from the database server; it may have been deleted at another desk.</source>
        <translation>数据库服务器上找不到该附件文件；它可能已在另一台服务台被删除。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>The audit trail is intact: {count} entries, head {hex}.</source>
        <translation>审计记录完整：{count} 条，链头 {hex}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>The backup and the database are the same file.</source>
        <translation>备份和数据库是同一个文件。</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py"/>
        <source>The backup copy failed its integrity check: {result}</source>
        <translation>备份副本未通过完整性检查：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/store/backup.py"/>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The backup to {folder} failed: {error}</source>
        <translation>备份到 {folder} 失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <location filename="../../desk/store/backup.py"/>
        <source>The backup {path} is damaged: {result}</source>
        <translation>备份 {path} 已损坏：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The case has a result; there is no reply date to move.</source>
        <translation>该投诉已有处理结果，无须更改答复日期。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The case is closed already.</source>
        <translation>该投诉已结案。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>The case is reopened and linked to this revisit.</source>
        <translation>投诉已重新受理，并已关联到本次回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>The case is void already.</source>
        <translation>该投诉已作废。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The case is with the GM already.</source>
        <translation>该投诉已上报至店总。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The case of this revisit no longer exists (it was deleted). Cancel the revisit.</source>
        <translation>本次回访对应的投诉已不存在（已被删除）。请取消本次回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>The case was deleted on another desk; nothing was saved.</source>
        <translation>该投诉已在另一台电脑上删除；没有保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>The chosen entry no longer exists.</source>
        <translation>所选项目已不存在。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The comment is too long (at most 2000 characters).</source>
        <translation>意见过长（最多 2000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/review.py"/>
        <source>The comment is too long: {count} characters, at most {limit}.</source>
        <translation>意见过长：共 {count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/compensation.py"/>
        <source>The compensation is approved already.</source>
        <translation>该赔偿已批准。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/record.py"/>
        <source>The complainant confirms that this record is correct.</source>
        <translation>投诉人确认以上记录属实。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The complaint form is not part of this build.</source>
        <translation>此版本不包含投诉登记表。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>The complaint is recorded.</source>
        <translation>投诉已登记。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The complaints behind it</source>
        <translation>相关投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The complaints of the same kind are counted from {from_date} to {to_date}.</source>
        <translation>统计 {from_date} 至 {to_date} 期间的同类投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The copy of {table} differs from the original; the target is not a faithful copy.</source>
        <translation>{table} 的副本与原数据不同；目标数据库不是准确的副本。</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The copy of {table} has {found} rows instead of {expected}; the target is incomplete.</source>
        <translation>{table} 的副本有 {found} 行，而不是 {expected} 行；目标数据库不完整。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The corrective action record</source>
        <translation>纠正与预防措施记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The customer agreed to the new date</source>
        <translation>顾客已同意新的日期</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>The customer has been told the handling result above.</source>
        <translation>已将上述处理结果告知顾客。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer left no phone number or address; cancel the revisit if there is no other way to reach them.</source>
        <translation>顾客没有留下电话和地址；如无其他联系途径，请取消本次回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer left no phone number. Visit them or write to {address}, then log it as a visit.</source>
        <translation>顾客没有留下电话。请上门拜访或致函 {address}，然后登记为上门回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer left no phone number; a call, SMS or WeChat cannot reach them. Log a visit.</source>
        <translation>顾客没有留下电话，无法通过电话、短信或微信联系。请登记为上门回访。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The customer signs the printed slip</source>
        <translation>请顾客在打印出的处理单上签字</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>The customer was reached already; record what they said.</source>
        <translation>已联系上顾客，请登记顾客的意见。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>The customer&apos;s cases</source>
        <translation>该顾客的投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The customer&apos;s signed slip has not come back yet.</source>
        <translation>顾客签字的处理单尚未交回。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The daily backup failed: {error}</source>
        <translation>今日自动备份失败：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The database answers again.</source>
        <translation>数据库已恢复连接。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>The database cannot be reached; Desk keeps trying and nothing typed is lost.</source>
        <translation>无法连接数据库；Desk 会自动重试，已填写的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database file cannot be opened; check that its folder exists and that this Windows user may write there.</source>
        <translation>无法打开数据库文件；请检查其所在文件夹是否存在，以及当前 Windows 用户是否有写入权限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database file is damaged; close Desk and restore the latest verified backup with &quot;desk restore BACKUP&quot;.</source>
        <translation>数据库文件已损坏；请关闭 Desk，然后用“desk restore 备份文件”恢复最近一份已校验的备份。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database file is read-only, so nothing can be saved; give this Windows user permission to change the file and its folder.</source>
        <translation>数据库文件为只读，无法保存任何内容；请给当前 Windows 用户修改该文件及其文件夹的权限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The database has tables this Desk does not know ({tables}); copy it with the Desk that made them.</source>
        <translation>数据库中有此版本 Desk 不认识的数据表（{tables}）；请用创建这些表的 Desk 来复制。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server accepts no changes now (it is a read-only copy), so nothing was saved; connect Desk to the main server, or ask your IT support.</source>
        <translation>数据库服务器目前不接受更改（它是只读副本），因此没有保存任何内容；请将 Desk 连接到主服务器，或询问 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server does not let this user change Desk&apos;s tables, so nothing was saved; ask your IT support to give the user its rights on the database.</source>
        <translation>数据库服务器不允许此用户更改 Desk 的数据表，因此没有保存任何内容；请让 IT 支持人员授予该用户对数据库的权限。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server has no database of that name; check the name, or ask your IT support to create it.</source>
        <translation>数据库服务器上没有该名称的数据库；请检查名称，或请 IT 支持人员创建它。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database server refused the user name or password; check them in Settings &gt; Database (or in --db), or ask your IT support.</source>
        <translation>数据库服务器拒绝了用户名或密码；请在“设置 &gt; 数据库”（或 --db）中检查，或询问 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The database server {server} has no database named {name}; check the name, or ask your IT support to create it.</source>
        <translation>数据库服务器 {server} 上没有名为 {name} 的数据库；请检查名称，或请 IT 支持人员创建它。</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The database server {server} refused the user {user} or its password; check them in Settings &gt; Database (or in --db), or ask your IT support.</source>
        <translation>数据库服务器 {server} 拒绝了用户 {user} 或其密码；请在“设置 &gt; 数据库”（或 --db）中检查，或询问 IT 支持人员。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The database stayed busy with another program&apos;s save for too long, so nothing was saved; try again in a moment.</source>
        <translation>数据库被另一个程序的保存占用太久，本次未保存任何内容；请稍后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>The database {path} is damaged ({detail}) and there is no sound backup in {folder}; keep the file as it is and ask your IT support for help.</source>
        <translation>数据库 {path} 已损坏（{detail}），且 {folder} 中没有完好的备份；请保持该文件原样，并向 IT 支持求助。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>The database {path} is damaged ({detail}); close every Desk window, then restore the latest verified backup with: desk restore &quot;{backup}&quot;</source>
        <translation>数据库 {path} 已损坏（{detail}）；请关闭所有 Desk 窗口，然后用以下命令恢复最近一份已校验的备份：desk restore &quot;{backup}&quot;</translation>
    </message>
    <message>
        <location filename="../../desk/store/location.py"/>
        <source>The database {path} is on a network share. SQLite files can be damaged when they are used over a network; keep the database on this PC&apos;s own disk (the default data folder), or connect all desks to a shared database server.</source>
        <translation>数据库 {path} 位于网络共享文件夹中。SQLite 文件通过网络使用时可能损坏；请把数据库放在本机硬盘上（默认的数据文件夹），或让所有服务台连接同一台数据库服务器。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>The demo data could not be added: {error}</source>
        <translation>无法添加演示数据：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The desk answers the complaint itself; the result and the customer&apos;s opinion go on the slip.</source>
        <translation>由服务台直接答复投诉；处理结果和顾客意见记在处理单上。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The desk answers the written complaint itself. Record the answer here, then write the reply letter in the company&apos;s name (Written reply...).</source>
        <translation>由服务台直接答复该书面投诉。请在此记录答复内容，然后以公司名义撰写书面答复（书面答复…）。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The disk is full, so nothing was saved; free some space on it and try again.</source>
        <translation>磁盘已满，本次未保存任何内容；请清理出一些空间后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/store/errors.py"/>
        <source>The disk reported an error while reading or writing the database; nothing was saved. Check the disk (or its cable) and try again.</source>
        <translation>读写数据库时磁盘报告错误，本次未保存任何内容；请检查磁盘（或其连接线）后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/display.py"/>
        <source>The display {display} cannot be reached: start Desk on a desktop, or use its commands (desk --help).</source>
        <translation>无法连接显示器 {display}：请在桌面环境中启动 Desk，或使用其命令（desk --help）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The document could not be made: {error}</source>
        <translation>无法生成单据：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The done date cannot be in the future.</source>
        <translation>完成日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>The entry the paper names was purged since; the entries around it still link up.</source>
        <translation>纸面记录所指的条目此后已被清除；其前后条目仍然衔接完整。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已停止，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>The figures could not be read: {error}</source>
        <translation>无法读取数据：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>The folder {folder} does not exist; check the path, or create the folder first.</source>
        <translation>文件夹 {folder} 不存在；请检查路径，或先创建该文件夹。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The full name is too long: at most 50 characters.</source>
        <translation>姓名太长：最多 50 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>The header row of {name} lacks the columns: {columns} (desk import --template writes a template).</source>
        <translation>{name} 的表头缺少以下列：{columns}（desk import --template 可生成模板）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The idle time must be between 1 and 240 minutes.</source>
        <translation>无操作时长须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>The list could not be read: {error}</source>
        <translation>无法读取列表：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/company.py"/>
        <source>The logo must be a picture (PNG or JPEG).</source>
        <translation>标志必须是图片（PNG 或 JPEG）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_steps.py"/>
        <source>The new complaint is saved and linked to this revisit.</source>
        <translation>新投诉已保存，并已关联到本次回访。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The operations manager signs first.</source>
        <translation>须由营运经理先签字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The password is too long: at most {count} characters.</source>
        <translation>密码太长：最多 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The password must have at least {count} characters.</source>
        <translation>密码至少需要 {count} 个字符。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The period of {days} days starts once both have signed and every action is done.</source>
        <translation>双方签字且全部措施完成后，开始为期 {days} 天的验证期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>The person chooses their own password at the first sign-in.</source>
        <translation>此人首次登录时自行设置密码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_pages.py"/>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>The problem came back</source>
        <translation>问题再次出现</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>The reason is too long (at most 500 characters).</source>
        <translation>原因过长（最多 500 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>The reason may be at most {n} characters.</source>
        <translation>原因最多 {n} 个字。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The record does not say which complaints count as the same kind.</source>
        <translation>该记录未写明哪些投诉算作同类投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The record is closed.</source>
        <translation>该记录已关闭。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The record is signed; its problem, root cause and actions can no longer change.</source>
        <translation>该记录已签字，其问题、根本原因和措施均不能再修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>The record was not saved. Please correct the marked fields.</source>
        <translation>记录未保存。请修改标出的栏目。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>The replaced file is kept as {path}.</source>
        <translation>被替换的文件已保留为 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>The report could not be written: {error}</source>
        <translation>无法生成报表：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The result and the customer&apos;s opinion are cleared and the case is handled again.</source>
        <translation>处理结果和顾客意见将被清除，投诉重新进入处理。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>The result of our handling is as follows:</source>
        <translation>现将处理结果告知如下：</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>The revisit</source>
        <translation>该回访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_workbench.py"/>
        <source>The revisits due could not be scheduled: {error}</source>
        <translation>无法安排到期的回访：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/server/pg.py"/>
        <source>The server address {url} names no database; add its name at the end, as in postgresql://desk@server/desk.</source>
        <translation>服务器地址 {url} 没有指明数据库；请在末尾加上数据库名称，例如 postgresql://desk@server/desk。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>The server database {url} has no Desk tables yet; make them once with: desk --db {url} check --create</source>
        <translation>服务器数据库 {url} 还没有 Desk 的数据表；请运行一次以下命令创建：desk --db {url} check --create</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>The slip goes to the responsible department or tenant once the operations manager has signed it off. Tenant slips go through the floor supervisor.</source>
        <translation>处理单经营运经理审核后转交责任部门或商户。商户的处理单经楼层主管转交。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The slip is not with a tenant.</source>
        <translation>该处理单未转给商户。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The slip is signed off already.</source>
        <translation>该处理单已审核。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>The slip waits for the operations manager&apos;s sign-off.</source>
        <translation>该处理单正等待营运经理审核。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>The slip was changed on another desk a moment ago, so this step was not taken; look at the case again.</source>
        <translation>处理单刚刚已在另一台电脑上修改，所以这一步没有执行；请重新查看该投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>The slip was signed off by {name} at {time} a moment ago; look at the case again.</source>
        <translation>处理单刚刚已由{name}于 {time} 审核；请重新查看该投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>The slips could not be read: {error}</source>
        <translation>无法读取处理单：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/repeats_view.py"/>
        <source>The suggestions could not be read: {error}</source>
        <translation>无法读取建议：{error}</translation>
    </message>
    <message>
        <location filename="../../desk/store/transfer.py"/>
        <source>The target database {url} is not empty; copy only into a new, empty database.</source>
        <translation>目标数据库 {url} 不是空的；只能复制到新的空数据库中。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>The target is the database being copied; name another one.</source>
        <translation>目标就是正在复制的数据库；请指定另一个数据库。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>The two new passwords differ; type them again.</source>
        <translation>两次输入的新密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>The two passwords differ; type them again.</source>
        <translation>两次输入的密码不一致，请重新输入。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>The user name {name} is taken.</source>
        <translation>用户名 {name} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>The verification is recorded.</source>
        <translation>效果验证已登记。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The verification period runs until {date}; count the complaints after that.</source>
        <translation>效果验证期至 {date} 止；请在此之后再统计投诉数。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>The verification starts once both have signed and every action is done.</source>
        <translation>双方签字且全部措施完成后，开始效果验证。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/display.py"/>
        <source>The window cannot open: this Linux system lacks libraries Qt needs. Install them with: sudo apt install {packages}</source>
        <translation>窗口无法打开：此 Linux 系统缺少 Qt 所需的库。请用以下命令安装：sudo apt install {packages}</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>The window is not opened: {reason}</source>
        <translation>未打开窗口：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>The year {year} is out of range; give a year between {first} and {last}.</source>
        <translation>年份 {year} 超出范围；请给出 {first} 到 {last} 之间的年份。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>There is an administrator already; ask them.</source>
        <translation>已有系统管理员，请联系他。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>There is no account {name}.</source>
        <translation>没有账户 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/recovery.py"/>
        <source>There is no backup file {path}.</source>
        <translation>没有备份文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/services/retention/holds.py"/>
        <source>There is no case {case_no}.</source>
        <translation>没有编号为 {case_no} 的投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>There is no corrective action {id}.</source>
        <translation>没有编号为 {id} 的纠正与预防措施记录。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>There is no database at {path}; check the path (--db or DESK_DB).</source>
        <translation>{path} 处没有数据库；请检查路径（--db 或 DESK_DB）。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>There is no department {code}.</source>
        <translation>没有部门 {code}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/display.py"/>
        <source>There is no display here (DISPLAY is not set): start Desk on a desktop, or use its commands (desk --help).</source>
        <translation>这里没有显示器（未设置 DISPLAY）：请在桌面环境中启动 Desk，或使用其命令（desk --help）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>There is no file {name}.</source>
        <translation>没有文件 {name}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>There is no month {month} in {year}.</source>
        <translation>{year} 年没有 {month} 月。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>There is no week {week} in {year}.</source>
        <translation>{year} 年没有第 {week} 周。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>These complaint records were not saved:</source>
        <translation>以下投诉记录尚未保存：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <source>These corrective actions have changes that were not saved:</source>
        <translation>以下纠正与预防措施有未保存的修改：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>These files are attached when the record is saved.</source>
        <translation>保存记录时将附上这些文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>These files could not be attached:</source>
        <translation>以下文件未能添加为附件：</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/escalation.py"/>
        <source>Third change of the agreed reply date asked for: {reason}</source>
        <translation>申请第三次更改承诺答复日期：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>This Desk cannot reach the database server {url}: its driver is not installed; install Desk with the server option, or use a local database file.</source>
        <translation>此 Desk 无法连接数据库服务器 {url}：未安装其驱动程序；请安装带服务器选项的 Desk，或使用本机数据库文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>This PC&apos;s own database file</source>
        <translation>本机自己的数据库文件</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>This amount is above your approval limit; it waits for approval by: {role}.</source>
        <translation>此金额超出您的审批权限，需等待{role}审批。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>This case was voided.</source>
        <translation>该投诉已作废。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/connection.py"/>
        <source>This computer has no credential store Desk can use, so the password cannot be kept; ask your IT support, or give the password in a pgpass file.</source>
        <translation>这台电脑没有 Desk 可用的凭据存储，因此无法保存密码；请询问 IT 支持人员，或在 pgpass 文件中提供密码。</translation>
    </message>
    <message>
        <location filename="../../desk/store/schema.py"/>
        <source>This database was made by a newer version of Desk (schema {found}; this program knows up to {known}). Install the newer Desk to open it.</source>
        <translation>此数据库由更新版本的 Desk 创建（结构版本 {found}；本程序最高支持 {known}）。请安装新版 Desk 后再打开。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/sites.py"/>
        <source>This desk&apos;s site</source>
        <translation>本服务台所属门店</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>This is a code of an earlier Desk, which does not cover the compensation, the dates or the responsible person: compare them with the facts below.</source>
        <translation>这是旧版 Desk 的验证码，不涵盖补偿、日期和责任人：请与下面的记录逐项核对。</translation>
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
        <translation>这条记录有未保存的修改。

要保存为草稿，稍后继续填写吗？</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <location filename="../../desk/services/revisits/schedule.py"/>
        <source>This revisit is finished already.</source>
        <translation>本次回访已完成。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_list.py"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Timeline ({count})</source>
        <translation>处理经过（{count}）</translation>
    </message>
    <message>
        <location filename="../../desk/services/retention/plan.py"/>
        <source>Timeline events</source>
        <translation>处理过程记录</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>To ask about progress, call {phone} ({hours}) and quote your case number.</source>
        <translation>如需查询处理进度，请致电 {phone}（{hours}），并告知投诉编号。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>To ask about progress, call {phone} and quote your case number.</source>
        <translation>如需查询处理进度，请致电 {phone}，并告知投诉编号。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>To ask about progress, come to the service desk and quote your case number.</source>
        <translation>如需查询处理进度，请到服务台并告知投诉编号。</translation>
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
        <translation>密码错误次数过多：请 {count} 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/build.py"/>
        <source>Total approved</source>
        <translation>批准合计</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Transferred (consumers&apos; association / authority)</source>
        <translation>转办（消协/行政部门）</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/services/reports/build.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Unanswered attempts: {count} of {limit}</source>
        <translation>未接通次数：{count}/{limit}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/crash.py"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>Unexpected error ({kind}): {error}; details are in the log file.</source>
        <translation>意外错误（{kind}）：{error}；详细信息见日志文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Unfinished records</source>
        <translation>未完成的记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <location filename="../../desk/ui/org/org_specs.py"/>
        <source>Unit no.</source>
        <translation>铺位号</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/complaints.py"/>
        <source>Unknown demand: {codes}</source>
        <translation>未知的诉求：{codes}</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>Unknown role {role}; use one of: {roles}.</source>
        <translation>未知岗位 {role}；请使用：{roles}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/settings.py"/>
        <source>Unknown setting {name}.</source>
        <translation>未知的设置项：{name}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>Unknown severity {code}.</source>
        <translation>未知的严重程度：{code}。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>Unknown status {status}; use one of: {all}.</source>
        <translation>未知状态 {status}；可用的状态：{all}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Unreachable</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_drafts.py"/>
        <location filename="../../desk/ui/cases/complaint_drafts.py"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Urgent (safety risk)</source>
        <translation>紧急（有安全隐患）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>Use the saved values</source>
        <translation>使用已保存的内容</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>VOID since {when}. Reason: {reason}</source>
        <translation>已于 {when} 作废。原因：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>Verification code</source>
        <translation>校验码</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Verification of effectiveness</source>
        <translation>效果验证</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/capa_record.py"/>
        <source>Verification period</source>
        <translation>验证期</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Verifying effectiveness</source>
        <translation>效果验证中</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Visit</source>
        <translation>上门拜访</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>Void</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_form.py"/>
        <source>Void case</source>
        <translation>作废投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>Void: {reason}</source>
        <translation>已作废：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_columns.py"/>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/rows.py"/>
        <source>Waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Waiting for the customer&apos;s signature</source>
        <translation>等待顾客签字</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Waits for approval by: {role}</source>
        <translation>等待{role}审批</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>We apologise for the inconvenience. If you have any question, please contact our customer service desk and quote the case number.</source>
        <translation>给您带来不便，我们深表歉意。如有任何疑问，请联系我们的顾客服务台并告知投诉编号。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/documents.py"/>
        <source>We are still working on your complaint and will write to you again by {date} at the latest.</source>
        <translation>我们仍在处理您的投诉，最迟将于 {date} 再次书面答复您。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>We will reply to you by {date}.</source>
        <translation>我们将于 {date} 前给您答复。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Web form</source>
        <translation>网页表单</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Welcome to Desk</source>
        <translation>欢迎使用 Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>What</source>
        <translation>事项</translation>
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
        <translation>投诉经过</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>What happened: {text}</source>
        <translation>投诉经过：{text}</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>What happens next</source>
        <translation>后续处理</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>What the customer said about the handling result.</source>
        <translation>顾客对处理结果的评价。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>What you changed, beside the values saved meanwhile:</source>
        <translation>您修改的内容，与期间已保存的内容并列：</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_conflict.py"/>
        <source>What you typed (kept)</source>
        <translation>您填写的内容（已保留）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/services/retention/access.py"/>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/history_panel.py"/>
        <source>When it happened</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>When you choose another database, Desk closes this one as you press OK and opens the chosen one; everyone signs in again there (its accounts are its own).</source>
        <translation>选择另一个数据库后，按“确定”时 Desk 会关闭当前数据库并打开所选的数据库；所有人都要在那里重新登录（那里的账户是它自己的）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>Where your data is kept</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/listing.py"/>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Who</source>
        <translation>经办人</translation>
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
        <translation>为什么作废这条投诉（例如重复登记或测试记录）？
不会删除任何内容，作废后仍可查到这条投诉。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Within the proposer&apos;s limit</source>
        <translation>在提出人的审批权限内</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/dates.py"/>
        <source>Write the month as YYYY-MM, e.g. 2026-11.</source>
        <translation>月份请写成 YYYY-MM 格式，例如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../desk/services/casework/slips.py"/>
        <source>Write the reply, or say why there is none.</source>
        <translation>请填写答复内容，或说明不作答复的原因。</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/periods.py"/>
        <source>Write the week as YYYY-Www, e.g. 2026-W47.</source>
        <translation>周请写成 YYYY-Www 格式，例如 2026-W47。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>Written reply</source>
        <translation>书面答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_fields.py"/>
        <source>Written reply due by {when}</source>
        <translation>须于 {when} 前书面答复</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Written reply letter</source>
        <translation>书面答复函</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>Written reply letter (not for an anonymous case without an address)</source>
        <translation>书面答复函（匿名且无地址的投诉不适用）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/vocab.py"/>
        <source>Written reply recorded</source>
        <translation>书面答复已登记</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>Written reply…</source>
        <translation>书面答复…</translation>
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
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/welcome.py"/>
        <source>You set up Desk and its accounts</source>
        <translation>由您设置 Desk 及其账户</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>Your IT support gives you the server&apos;s name, the database and a user; the password is kept in this computer&apos;s credential store.</source>
        <translation>服务器名称、数据库和用户由 IT 支持人员提供；密码保存在这台电脑的凭据存储中。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/receipt.py"/>
        <source>Your complaint</source>
        <translation>您的投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/lock.py"/>
        <source>Your password is changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>Your slip</source>
        <translation>您的处理单</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/letter.py"/>
        <source>Yours sincerely,</source>
        <translation>此致
敬礼</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <source>[… {count} more characters cut: Excel cells hold at most 32,767]</source>
        <translation>[… 另有 {count} 个字符被截去：Excel 单元格最多容纳 32,767 个字符]</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>a customer&apos;s personal data: export it or erase it</source>
        <translation>顾客个人信息：导出或删除</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>accounts: add, list, set a password, disable</source>
        <translation>账户：添加、列出、设置密码、停用</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>add an account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>also the administrator (setup and accounts)</source>
        <translation>同时担任系统管理员（设置和账户）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>anonymise the person with this phone number in every case (keeps the statistics)</source>
        <translation>在所有投诉中匿名化该电话号码的顾客（保留统计数据）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>ask for a new password at the first sign-in</source>
        <translation>首次登录时要求设置新密码</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>at most this many cases</source>
        <translation>最多列出的投诉条数</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>back up the database now</source>
        <translation>立即备份数据库</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py"/>
        <source>change the tables to the new version without backing the database up first (for a server backed up by its own tools)</source>
        <translation>不先备份数据库就把数据表升级到新版本（用于已用自身工具备份的服务器）</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>changed at {time}</source>
        <translation>于 {time} 修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>changed by {name} at {time}</source>
        <translation>由{name}于 {time} 修改</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>changed on another desk</source>
        <translation>在另一台电脑上修改</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>check a slip&apos;s verification code</source>
        <translation>核验单据上的校验码</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>check every row and report, without saving anything</source>
        <translation>检查每一行并报告，不保存任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>check the chain; exits 0 when it is intact, otherwise names the first entry that fails</source>
        <translation>检查记录链；完整时退出码为 0，否则指出第一条不符的条目</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>check the database and print its facts</source>
        <translation>检查数据库并显示其状况</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>clerk, floor_supervisor, department_manager, operations_manager, deputy_gm, gm or administrator</source>
        <translation>clerk（服务台客服）、floor_supervisor（楼层主管）、department_manager（部门经理）、operations_manager（营运经理）、deputy_gm（店副总）、gm（店总）或 administrator（系统管理员）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>complaint-record-{case_no}.pdf</source>
        <translation>客户投诉记录-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/__init__.py"/>
        <source>complaints-monthly-{key}.xlsx</source>
        <translation>投诉月报-{key}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/services/reports/__init__.py"/>
        <source>complaints-weekly-{key}.xlsx</source>
        <translation>投诉周报-{key}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>copy the whole database into an empty one (this PC&apos;s file to a server, or back)</source>
        <translation>把整个数据库复制到一个空数据库（从本机文件到服务器，或反过来）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>corrective and preventive action records</source>
        <translation>纠正与预防措施记录</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>corrective-action-{number}.pdf</source>
        <translation>纠正与预防措施-{number}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>create the revisits that are due: the month&apos;s campaign and the periodic plans</source>
        <translation>创建到期的回访：本月的月度回访和定期回访计划</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>current repeat suggestions for corrective actions</source>
        <translation>当前建议采取纠正措施的重复投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/case_actions.py"/>
        <source>customer-data-{phone}.xlsx</source>
        <translation>顾客信息-{phone}.xlsx</translation>
    </message>
    <message>
        <location filename="../../desk/cli/common.py"/>
        <source>database URL or a file path: sqlite:///D:/desk/desk.sqlite, sqlite:////srv/desk.sqlite (four slashes for an absolute path; three mean a path relative to the current folder), postgresql://USER@SERVER/DATABASE (?host=/socket/folder, ?sslmode=require); default: DESK_DB or the file in the user data folder</source>
        <translation>数据库地址或文件路径：sqlite:///D:/desk/desk.sqlite、sqlite:////srv/desk.sqlite（绝对路径用四个斜杠；三个斜杠表示相对于当前文件夹的路径）、postgresql://用户@服务器/数据库（?host=/套接字/文件夹、?sslmode=require）；默认：DESK_DB 或用户数据文件夹中的文件</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>delete the records past the retention policy (see what first with --dry-run)</source>
        <translation>删除超过保存期限的记录（先用 --dry-run 查看）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>delete what is due now</source>
        <translation>立即删除到期的记录</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>disable an account (it can no longer sign in)</source>
        <translation>停用账户（之后不能再登录）</translation>
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
        <translation>例如：星河广场购物中心</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>escalate every case whose agreed reply date has passed (for Task Scheduler)</source>
        <translation>将所有已过承诺答复日期的投诉上报（供 Windows 任务计划程序调用）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>fill a demo database with realistic cases</source>
        <translation>生成带有仿真投诉的演示数据库</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>folder for the backup copy</source>
        <translation>备份副本存放的文件夹</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>foreign keys are off</source>
        <translation>外键约束未开启</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>handling-slip-{case_no}.pdf</source>
        <translation>投诉处理单-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>import old complaint records from an .xlsx or .csv file</source>
        <translation>从 .xlsx 或 .csv 文件导入以前的投诉记录</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>integrity check failed: {result}</source>
        <translation>完整性检查未通过：{result}</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it claims to stand for purged entries, but no purge checkpoint lists it.</source>
        <translation>它自称代表已清除的条目，但没有任何清除检查点列出它。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it does not follow the entry before it: an entry was inserted, removed or changed there.</source>
        <translation>它与前一条不衔接：此处有条目被插入、删除或修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it is missing (the chain goes on at entry {seq}).</source>
        <translation>该条目缺失（记录链从第 {seq} 条继续）。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it is missing: the chain&apos;s head says it has {count} entries.</source>
        <translation>该条目缺失：链头显示共有 {count} 条。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>it overlaps the entries before it.</source>
        <translation>它与前面的条目重叠。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>its content does not match its hash: it was changed.</source>
        <translation>其内容与哈希值不符：已被修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>its values do not match their digests: they were changed.</source>
        <translation>其数值与摘要不符：已被修改。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>journal mode is {mode}, expected wal</source>
        <translation>日志模式为 {mode}，应为 wal</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>language of messages and documents</source>
        <translation>提示信息和单据使用的语言</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <location filename="../../desk/cli/documents.py"/>
        <location filename="../../desk/cli/revisits.py"/>
        <source>language of the document</source>
        <translation>单据使用的语言</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>language of the report</source>
        <translation>报表的语言</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>list cases</source>
        <translation>列出投诉</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>list the accounts</source>
        <translation>列出账户</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>list the entries, oldest first</source>
        <translation>列出条目，最早的在前</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>list what is due, by kind, with the cut-off date; delete nothing</source>
        <translation>按类别列出到期的记录及截止日期；不删除任何内容</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>make a new database if there is none at --db (its folder must exist)</source>
        <translation>若 --db 处没有数据库则新建一个（其文件夹必须已存在）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>must choose a new password</source>
        <translation>须设置新密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/today_view.py"/>
        <source>never</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>no entry has the head {hex} printed on paper: the chain was rewritten since.</source>
        <translation>没有条目的哈希为纸面所印的链头 {hex}：记录链此后被改写过。</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>no password yet</source>
        <translation>尚无密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>no phone number</source>
        <translation>没有电话</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>no phone number: visit or write</source>
        <translation>没有电话：请上门拜访或致函</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>not effective</source>
        <translation>无效</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>number of cases</source>
        <translation>投诉条数</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>one JSON object</source>
        <translation>输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <location filename="../../desk/cli/capa.py"/>
        <location filename="../../desk/cli/main.py"/>
        <location filename="../../desk/cli/revisits.py"/>
        <location filename="../../desk/cli/users.py"/>
        <source>one JSON object per line</source>
        <translation>每行输出一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>only cases with this status</source>
        <translation>只列出该状态的投诉</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>only fill the database</source>
        <translation>只生成数据库</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>only the entries from this day on (YYYY-MM-DD)</source>
        <translation>只列出从这一天起的条目（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>only the entries of this case</source>
        <translation>只列出这个案件的条目</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>open the main window and exit once it is shown (a start-up check)</source>
        <translation>打开主窗口，显示后立即退出（用于启动检查）</translation>
    </message>
    <message>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>our company</source>
        <translation>本公司</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>print a corrective-action record</source>
        <translation>打印纠正与预防措施记录表</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the complaint record</source>
        <translation>打印客户投诉记录</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the handling slip for the customer to sign</source>
        <translation>打印处理单供顾客签字</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the intake receipt for the customer</source>
        <translation>打印投诉受理回执交给顾客</translation>
    </message>
    <message>
        <location filename="../../desk/cli/documents.py"/>
        <source>print the written reply letter</source>
        <translation>打印书面答复函</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>put a backup in place of the database (the old file is kept aside)</source>
        <translation>用备份替换数据库（原文件另行保留）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>put a case on legal hold (never purged), release it, or list the holds</source>
        <translation>依法保全投诉（永不清理）、解除保全或列出保全</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>read the password from the first line of standard input</source>
        <translation>从标准输入的第一行读取密码</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>receipt-{case_no}.pdf</source>
        <translation>投诉回执-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>release the hold</source>
        <translation>解除保全</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_documents.py"/>
        <source>reply-{case_no}.pdf</source>
        <translation>书面答复-{case_no}.pdf</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>schema version {found} differs from {known}</source>
        <translation>数据库结构版本 {found} 与程序的 {known} 不一致</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>set an account&apos;s password</source>
        <translation>设置账户的密码</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>show phone numbers in full (they are masked by default)</source>
        <translation>显示完整电话号码（默认部分隐藏）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>start the desktop program (the default)</source>
        <translation>启动桌面程序（默认）</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>synchronous is {mode}, expected full</source>
        <translation>synchronous 为 {mode}，应为 full</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>texts and organisation of a shopping mall (the default) or a hotel</source>
        <translation>购物中心（默认）或酒店的文字和组织架构</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>the audit trail: list, verify or export it</source>
        <translation>审计记录：列出、校验或导出</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>the backup file to restore</source>
        <translation>要恢复的备份文件</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>the chain&apos;s head does not match it: entries were added or removed outside Desk.</source>
        <translation>链头与它不符：有条目在 Desk 之外被添加或删除。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>the database file {path} is read-only: nothing can be saved; give this Windows user permission to change the file and its folder</source>
        <translation>数据库文件 {path} 为只读：无法保存任何内容；请给当前 Windows 用户修改该文件及其文件夹的权限</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>the department (its name or number), for a department manager</source>
        <translation>所属部门（名称或编号），用于部门经理</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>the empty target: postgresql://USER@SERVER/DATABASE, or a new file&apos;s path</source>
        <translation>空的目标数据库：postgresql://用户@服务器/数据库，或新文件的路径</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>the head printed on a report (its hex digits, optionally COUNT:HEX): check that the chain still holds it</source>
        <translation>报表上印的链头（十六进制数字，可写作 条目数:十六进制）：检查记录链中仍有此条目</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the last complete month</source>
        <translation>上一个完整的月份</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the last complete week</source>
        <translation>上一个完整的周</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>the month the calls are made in (default: this month); it lists the customers who complained in the month before</source>
        <translation>进行回访的月份（默认：本月）；列出上个月投诉过的顾客</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the month, e.g. 2026-11 (default: the current month)</source>
        <translation>月份，例如 2026-11（默认：本月）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>the monthly revisit campaign: customers who complained the month before</source>
        <translation>月度回访：上个月投诉过的顾客</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>the person&apos;s name</source>
        <translation>本人姓名</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>the purge checkpoint does not match the entries it replaced.</source>
        <translation>清除检查点与它所替代的条目不符。</translation>
    </message>
    <message>
        <location filename="../../desk/services/system/health.py"/>
        <source>the server has no pg_trgm extension, so searches of three or more characters are slower; install PostgreSQL&apos;s contrib package on the server, run CREATE EXTENSION pg_trgm in the database as its owner, then desk check again</source>
        <translation>服务器没有 pg_trgm 扩展，因此三个及以上字符的搜索较慢；请在服务器上安装 PostgreSQL 的 contrib 软件包，以数据库所有者身份在数据库中运行 CREATE EXTENSION pg_trgm，然后再运行 desk check</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/database_settings.py"/>
        <source>the server&apos;s name or address, e.g. deskdb</source>
        <translation>服务器名称或地址，例如 deskdb</translation>
    </message>
    <message>
        <location filename="../../desk/cli/users.py"/>
        <source>the user name to sign in with</source>
        <translation>登录用的用户名</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the week, e.g. 2026-W47 (default: the current week)</source>
        <translation>周，例如 2026-W47（默认：本周）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>the weekly report (ISO week)</source>
        <translation>周报（ISO 周）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>the workbook or CSV file (a header row, one complaint per row)</source>
        <translation>工作簿或 CSV 文件（一行表头，每行一条投诉）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>verify every record whose verification period is over</source>
        <translation>对所有验证期已满的记录进行效果验证</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>what is due today, overdue, to follow up</source>
        <translation>今日到期、已超时和待跟进的投诉</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <location filename="../../desk/cli/documents.py"/>
        <source>where to write the PDF (default: the exports folder)</source>
        <translation>PDF 的保存位置（默认：导出文件夹）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <location filename="../../desk/cli/retention.py"/>
        <source>where to write the workbook</source>
        <translation>工作簿的保存位置</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>where to write the workbook (default: the exports folder)</source>
        <translation>工作簿的保存位置（默认：导出文件夹）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>why the case is kept</source>
        <translation>保全原因</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>words, case number, name or phone</source>
        <translation>关键词、投诉编号、姓名或电话</translation>
    </message>
    <message>
        <location filename="../../desk/cli/importing.py"/>
        <source>write an empty template with the column headers and stop</source>
        <translation>写出带列标题的空模板后结束</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>write everything held about the person with this phone number to a workbook</source>
        <translation>把该电话号码顾客的所有信息写入工作簿</translation>
    </message>
    <message>
        <location filename="../../desk/cli/revisits.py"/>
        <source>write the month&apos;s revisit log to this file instead (.xlsx or .pdf)</source>
        <translation>改为将本月回访记录表写入此文件（.xlsx 或 .pdf）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <source>write the weekly or monthly report (xlsx)</source>
        <translation>生成周报或月报（xlsx）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/audit.py"/>
        <source>write the whole trail to a workbook</source>
        <translation>把全部审计记录写入工作簿</translation>
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
        <translation>生成多少年的历史（较早的投诉可供清理演示）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/retention.py"/>
        <source>yes, erase it (this cannot be undone)</source>
        <translation>确认删除（无法恢复）</translation>
    </message>
    <message>
        <location filename="../../desk/cli/main.py"/>
        <source>{case_no} escalated to: {level}</source>
        <translation>{case_no} 已上报至：{level}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{case_no} · received {date} · {category}</source>
        <translation>{case_no} · {date} 受理 · {category}</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/repeats.py"/>
        <source>{category}: complaints rising week on week ({counts})</source>
        <translation>{category}：投诉数周环比上升（{counts}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>{change} against a week ago</source>
        <translation>比一周前 {change}</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column} holds a formula ({value}); type the value itself</source>
        <translation>{column} 中是公式（{value}）；请直接填写数值</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column}: unknown value {value}</source>
        <translation>{column}：无法识别的值 {value}</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column}: {value} is in the future</source>
        <translation>{column}：{value} 是将来的时间</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{column}: {value} is not a date (use 2025-03-08 14:30)</source>
        <translation>{column}：{value} 不是日期（请写成 2025-03-08 14:30）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{company} - Desk complaint desk</source>
        <translation>{company} - Desk 客诉服务台</translation>
    </message>
    <message>
        <location filename="../../desk/cli/copying.py"/>
        <source>{count} attachment files were missing here and are not in the copy; the first: {sha}</source>
        <translation>本机缺少 {count} 个附件文件，它们不在副本中；第一个：{sha}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{count} case(s) escalated: agreed reply date passed.</source>
        <translation>已上报 {count} 条投诉：已超过承诺答复日期。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{count} cases</source>
        <translation>{count} 条投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/kit/pdf_preview.py"/>
        <source>{count} page(s)</source>
        <translation>共 {count} 页</translation>
    </message>
    <message>
        <location filename="../../desk/ui/shell/main_window.py"/>
        <source>{count}+ cases</source>
        <translation>{count}+ 条投诉</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/repeats.py"/>
        <source>{customer} complained {count} times in {days} days</source>
        <translation>{customer} 在 {days} 天内投诉了 {count} 次</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>{days} d {hours} h</source>
        <translation>{days}天{hours}小时</translation>
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
        <translation>{due}（受理时承诺：{intake}）</translation>
    </message>
    <message>
        <location filename="../../desk/services/audit/verify.py"/>
        <source>{entry} fails: {reason}</source>
        <translation>{entry}校验失败：{reason}</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/org/organisation.py"/>
        <source>{field} is required.</source>
        <translation>请填写{field}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <location filename="../../desk/services/casework/slips.py"/>
        <location filename="../../desk/services/common/validation.py"/>
        <location filename="../../desk/services/revisits/calls.py"/>
        <source>{field} is too long: {count} characters, at most {limit}.</source>
        <translation>{field}过长：共 {count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/validation.py"/>
        <source>{field}: {value} is not a phone number we recognise. Use a mobile number (13812345678), a landline with its area code (021-12345678), a Hong Kong or Taiwan number, or an international number starting with +.</source>
        <translation>{field}：无法识别电话号码 {value}。请填写手机号（13812345678）、带区号的固定电话（021-12345678）、香港或台湾号码，或以 + 开头的国际号码。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>{from_date} – {to_date}: {count} complaints of the same kind (before: {before}); {result}.</source>
        <translation>{from_date} – {to_date}：同类投诉 {count} 条（此前：{before} 条）；{result}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/case_model.py"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}小时{minutes}分钟</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>{id}: effective</source>
        <translation>{id}：有效</translation>
    </message>
    <message>
        <location filename="../../desk/cli/capa.py"/>
        <source>{id}: not effective</source>
        <translation>{id}：无效</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{imported} imported, {already} already there, {rejected} rejected</source>
        <translation>导入 {imported} 条，已存在 {already} 条，拒绝 {rejected} 条</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work_actions.py"/>
        <source>{kind} ¥{amount:,.2f} (needs: {role})</source>
        <translation>{kind} ¥{amount:,.2f}（需{role}审批）</translation>
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

详细信息见日志文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} (file missing)</source>
        <translation>{name}（文件已丢失）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/complaint_widgets.py"/>
        <source>{name} (inactive)</source>
        <translation>{name}（已停用）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/org/accounts_dialog.py"/>
        <source>{name} chooses their own password at the next sign-in.</source>
        <translation>{name}下次登录时自行设置密码。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} grew past the size limit while it was copied.</source>
        <translation>{name} 在复制过程中超出了大小限制。</translation>
    </message>
    <message>
        <location filename="../../desk/services/org/accounts.py"/>
        <source>{name} has no password yet; ask the administrator to set one.</source>
        <translation>{name} 还没有密码，请联系系统管理员设置。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} is a link to another file; attach the file itself.</source>
        <translation>{name} 是指向另一个文件的链接；请附加文件本身。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} is damaged or is not really the photo, audio, video or PDF file it looks like, so it was not attached; attach the original file.</source>
        <translation>{name} 已损坏，或并不是它看起来的照片、音频、视频或 PDF 文件，因此未附加；请附加原始文件。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is empty (0 bytes).</source>
        <translation>{name} 是空文件（0 字节）。</translation>
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
        <translation>{name} 不是文件。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <source>{name} is not a photo, audio, video or PDF file.</source>
        <translation>{name} 不是照片、音频、视频或 PDF 文件。</translation>
    </message>
    <message>
        <location filename="../../desk/services/cases/importing.py"/>
        <source>{name} is not an Excel workbook (.xlsx) or CSV file Desk can read.</source>
        <translation>{name} 不是 Desk 能读取的 Excel 工作簿（.xlsx）或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is on the list already.</source>
        <translation>{name} 已在列表中。</translation>
    </message>
    <message>
        <location filename="../../desk/store/blobs.py"/>
        <location filename="../../desk/ui/cases/attachments_panel.py"/>
        <source>{name} is {size} MB; attachments may be at most {limit} MB.</source>
        <translation>{name} 大小为 {size} MB；附件最大 {limit} MB。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/settings.py"/>
        <source>{name} must be a whole number from {low} to {high}.</source>
        <translation>{name}必须是 {low} 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/pdf/slip.py"/>
        <source>{name}, as reported</source>
        <translation>{name}（按报告登记）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/access/sign_in.py"/>
        <source>{name}, choose your own password (at least {count} characters).</source>
        <translation>{name}，请设置您自己的密码（至少 {count} 个字符）。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/capa/capa_form.py"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/retention/notice.py"/>
        <source>{n} cases are past retention (closed before {date}). Review and purge them?</source>
        <translation>{n} 件投诉已超过保存期限（{date} 之前结案）。要查看并清理吗？</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/repeats.py"/>
        <source>{object}: {count} complaints about {category} in {days} days</source>
        <translation>{object}：{days} 天内有 {count} 条{category}方面的投诉</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{opinion}: “{words}”</source>
        <translation>{opinion}：“{words}”</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>{path} is a folder; give the database file&apos;s name.</source>
        <translation>{path} 是一个文件夹；请给出数据库文件的名称。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/errors.py"/>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} 是一个文件夹；请给出要写入的文件名。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>{path} is an empty file, not a Desk database; check the path, or delete the empty file to start a new database there.</source>
        <translation>{path} 是一个空文件，不是 Desk 数据库；请检查路径，或删除该空文件后在那里新建数据库。</translation>
    </message>
    <message>
        <location filename="../../desk/store/db.py"/>
        <source>{path} is not a Desk database file (or its first page is damaged); check the path.</source>
        <translation>{path} 不是 Desk 数据库文件（或其首页已损坏）；请检查路径。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>{period} (so far)</source>
        <translation>{period}（截至目前）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{result} (customer: {opinion})</source>
        <translation>{result}（顾客意见：{opinion}）</translation>
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
        <translation>{slip}（待营运经理审核）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{slip} (signed off by {name})</source>
        <translation>{slip}（{name}已审核）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/revisits/revisit_call_panel.py"/>
        <source>{status} (case {case_no})</source>
        <translation>{status}（投诉 {case_no}）</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{status} (void)</source>
        <translation>{status}（已作废）</translation>
    </message>
    <message>
        <location filename="../../desk/services/capa/actions.py"/>
        <source>{title}. Cases: {cases}.</source>
        <translation>{title}。相关投诉：{cases}。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/case_work.py"/>
        <source>{used} of {limit}</source>
        <translation>{used}/{limit}</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/dates.py"/>
        <source>{value} is not a month; write it as YYYY-MM, for example 2026-11.</source>
        <translation>{value} 不是有效的月份；请写成 YYYY-MM 格式，例如 2026-11。</translation>
    </message>
    <message>
        <location filename="../../desk/documents/xlsx/workbook.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>{value} pp</source>
        <translation>{value} 个百分点</translation>
    </message>
    <message>
        <location filename="../../desk/cli/reports.py"/>
        <location filename="../../desk/ui/reports/reports_view.py"/>
        <source>{wanted} is open in another program (Excel?); the report was written to {path} instead.</source>
        <translation>{wanted} 正被其他程序（Excel？）打开，报表已改存为 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/output.py"/>
        <source>{wanted} is open in another program or cannot be replaced; written to {path} instead.</source>
        <translation>{wanted} 正被其他程序打开或无法覆盖，已改为写入 {path}。</translation>
    </message>
    <message>
        <location filename="../../desk/services/common/versions.py"/>
        <source>{what} was changed on another desk a moment ago, so this step was not taken; look at it again.</source>
        <translation>{what}刚刚已在另一台电脑上修改，所以这一步没有执行；请重新查看。</translation>
    </message>
    <message>
        <location filename="../../desk/ui/casework/review_view.py"/>
        <source>{when} (earlier, not reviewed)</source>
        <translation>{when}（以前的，未查阅）</translation>
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
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../forms/entity_tab.ui"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;About Desk</source>
        <translation>关于 Desk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Backup now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Cases</source>
        <translation>投诉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;New complaint...</source>
        <translation>登记新投诉(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Organisation...</source>
        <translation>组织架构(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>&amp;Setup</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Company, sites, departments, tenants, staff, categories, channels</source>
        <translation>公司、门店、部门、商户、员工、投诉类别、投诉渠道</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Copy the database to the backup folder and verify the copy</source>
        <translation>将数据库复制到备份文件夹并校验副本</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Desk</source>
        <translation>Desk 客诉服务台</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Operator on duty and language</source>
        <translation>当班人员和界面语言</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Record a new complaint</source>
        <translation>登记一条新投诉</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Se&amp;ttings...</source>
        <translation>选项(&amp;T)...</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Search by case number, name, phone or words</source>
        <translation>按投诉编号、姓名、电话或关键词搜索</translation>
    </message>
    <message>
        <location filename="../../forms/main_window.ui"/>
        <source>Show &amp;voided cases</source>
        <translation>显示已作废的投诉(&amp;V)</translation>
    </message>
</context>
<context>
    <name>OrgSetupDialog</name>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Company name:</source>
        <translation>公司名称：</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Hours from receiving a complaint to the reply promised to the customer, by severity.</source>
        <translation>按严重程度设定：从受理投诉到承诺答复顾客的小时数。</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Organisation setup</source>
        <translation>组织设置</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Printed on slips, replies and reports</source>
        <translation>打印在处理单、答复函和报表上</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Reply times</source>
        <translation>答复时限</translation>
    </message>
    <message>
        <location filename="../../forms/org_setup.ui"/>
        <source>Set up the sites, departments, tenants and staff on the next tabs. Entries are never deleted: deactivate what is no longer in use, so that old cases keep their names.</source>
        <translation>请在后面的标签页中设置门店、部门、商户和员工。已建的条目不会被删除：不再使用的请停用，这样旧投诉仍能显示原来的名称。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Desk locks itself when nobody has used it for this long; only the administrator changes it. Ctrl+L locks at once.</source>
        <translation>无人操作达到这个时长后 Desk 自动锁定；只有系统管理员可以修改。按 Ctrl+L 立即锁定。</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Lock after idle minutes:</source>
        <translation>无操作多少分钟后锁定：</translation>
    </message>
    <message>
        <location filename="../../forms/settings_dialog.ui"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
</TS>
