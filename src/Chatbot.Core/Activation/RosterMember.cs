using Chatbot.Core.Identity;

namespace Chatbot.Core.Activation;

/// <summary>
/// One person a coordinator expects to come (from the unit's own staff list), so that the coordinator sees who has
/// claimed a seat and who has not. Claims are matched by NIK; a member without a NIK is listed but never matched.
/// </summary>
public sealed record RosterMember(string Name, Nik? Nik);
