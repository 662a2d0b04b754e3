using Chatbot.Core.Accounts;

namespace Chatbot.Core.Tests.Accounts;

/// <summary>
/// The rules as the README and the console's tests state them: operators work cases and check citizens in for IKD;
/// supervisors also see the dashboard, the audit log and the CSV, manage IKD sessions, see the progress and book groups;
/// admins also manage accounts; a coordinator books groups for their own institution and reaches nothing else.
/// </summary>
public class RoleCapabilitiesTests
{
    [Theory]
    [InlineData(OperatorRole.Operator, true)]
    [InlineData(OperatorRole.Supervisor, true)]
    [InlineData(OperatorRole.Admin, true)]
    [InlineData(OperatorRole.Coordinator, false)] // "Coordinators reach nothing else (no cases, conversations, queues or citizens' data: 403)"
    public void Only_the_offices_staff_work_citizens_cases(OperatorRole role, bool allowed) =>
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.WorkCases));

    [Theory]
    [InlineData(OperatorRole.Operator, false)]
    [InlineData(OperatorRole.Supervisor, true)]
    [InlineData(OperatorRole.Admin, true)]
    [InlineData(OperatorRole.Coordinator, false)]
    public void The_dashboard_the_audit_log_and_the_csv_are_for_supervisors_and_admins(OperatorRole role, bool allowed)
    {
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.ViewDashboard));
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.ViewAudit));
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.ExportCases));
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.SuperviseQueues));
    }

    [Theory]
    [InlineData(OperatorRole.Operator, false)]
    [InlineData(OperatorRole.Supervisor, false)]
    [InlineData(OperatorRole.Admin, true)]
    [InlineData(OperatorRole.Coordinator, false)]
    public void Only_admins_manage_accounts(OperatorRole role, bool allowed) =>
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.ManageAccounts));

    [Theory]
    // "Sessions (/console/ikd/sessions, supervisors and admins; operators see them)"
    [InlineData(OperatorRole.Operator, true, false)]
    [InlineData(OperatorRole.Supervisor, true, true)]
    [InlineData(OperatorRole.Admin, true, true)]
    [InlineData(OperatorRole.Coordinator, false, false)]
    public void Operators_see_ikd_sessions_supervisors_and_admins_manage_them(OperatorRole role, bool sees, bool manages)
    {
        Assert.Equal(sees, RoleCapabilities.Allows(role, Capability.ViewIkdSessions));
        Assert.Equal(manages, RoleCapabilities.Allows(role, Capability.ManageIkdSessions));
    }

    [Theory]
    [InlineData(OperatorRole.Operator, true, false)]
    [InlineData(OperatorRole.Supervisor, true, true)]
    [InlineData(OperatorRole.Admin, true, true)]
    [InlineData(OperatorRole.Coordinator, false, false)]
    public void Every_office_role_checks_in_supervisors_and_admins_see_the_progress(OperatorRole role, bool checksIn, bool seesProgress)
    {
        Assert.Equal(checksIn, RoleCapabilities.Allows(role, Capability.CheckInIkd));
        Assert.Equal(seesProgress, RoleCapabilities.Allows(role, Capability.ViewIkdProgress));
    }

    [Theory]
    [InlineData(OperatorRole.Operator, false)]
    [InlineData(OperatorRole.Supervisor, true)]
    [InlineData(OperatorRole.Admin, true)]
    [InlineData(OperatorRole.Coordinator, true)]
    public void Group_bookings_are_for_coordinators_supervisors_and_admins(OperatorRole role, bool allowed) =>
        Assert.Equal(allowed, RoleCapabilities.Allows(role, Capability.BookIkdGroups));

    [Fact]
    public void A_coordinator_is_limited_to_their_institution_and_may_do_nothing_but_book_groups()
    {
        Assert.False(RoleCapabilities.Allows(OperatorRole.Coordinator, Capability.SeeEveryInstitution));
        Assert.Equal([Capability.BookIkdGroups], RoleCapabilities.Of(OperatorRole.Coordinator));
    }

    [Fact]
    public void The_offices_staff_see_every_institution()
    {
        Assert.Equal([OperatorRole.Operator, OperatorRole.Supervisor, OperatorRole.Admin], RoleCapabilities.RolesWith(Capability.SeeEveryInstitution));
    }

    [Fact]
    public void An_operator_has_exactly_the_staffs_capabilities()
    {
        Assert.Equal(
            [Capability.WorkCases, Capability.ViewIkdSessions, Capability.CheckInIkd, Capability.SeeEveryInstitution],
            RoleCapabilities.Of(OperatorRole.Operator));
    }

    [Fact]
    public void Every_capability_belongs_to_some_role_and_an_admin_has_them_all()
    {
        foreach (var capability in Enum.GetValues<Capability>())
        {
            Assert.NotEmpty(RoleCapabilities.RolesWith(capability));
            Assert.True(RoleCapabilities.Allows(OperatorRole.Admin, capability), $"{capability}");
        }
    }

    [Fact]
    public void A_role_outside_the_enum_may_do_nothing()
    {
        Assert.Empty(RoleCapabilities.Of((OperatorRole)42));
        Assert.False(RoleCapabilities.Allows((OperatorRole)42, Capability.WorkCases));
    }

    [Theory]
    [InlineData(Capability.WorkCases, "workCases")]
    [InlineData(Capability.SeeEveryInstitution, "seeEveryInstitution")]
    [InlineData(Capability.CheckInIkd, "checkInIkd")]
    public void Names_are_camel_case_as_the_browser_reads_them(Capability capability, string expected) =>
        Assert.Equal(expected, CapabilityNames.Of(capability));
}
