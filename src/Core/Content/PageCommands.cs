namespace IntegrationsNetz.Core.Content;

public sealed record CreatePage(Guid? MunicipalityId, Guid? ParentId, string Slug, int SortOrder, string Title, string Body);

public sealed record SaveVariant(Guid PageId, string Culture, string Title, string Body);

public sealed record SchedulePage(Guid PageId, string Culture, DateTime? PublishAt, DateTime? UnpublishAt);
