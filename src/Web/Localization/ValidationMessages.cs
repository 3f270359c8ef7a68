using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.Localization;

namespace IntegrationsNetz.Web.Localization;

/// <summary>
/// Model binding and DataAnnotations messages from SharedResource in the reader's language, instead of the
/// framework's English defaults ("The PrivacyConsent field is required.", "The value '' is invalid."). The texts
/// name no property: a property name means nothing to a reader, and the message stands next to its field.
/// </summary>
public static class ValidationMessages
{
    public static IMvcBuilder AddPortalValidationMessages(this IMvcBuilder mvc)
    {
        mvc.AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        mvc.Services.AddOptions<MvcOptions>().Configure<IStringLocalizerFactory>((options, factory) =>
        {
            // Looked up on each use, so each request gets its own UI language.
            var text = factory.Create(typeof(SharedResource));
            var messages = options.ModelBindingMessageProvider;
            messages.SetMissingBindRequiredValueAccessor(_ => text["Validation_ValueMissing"]);
            messages.SetMissingKeyOrValueAccessor(() => text["Validation_ValueMissing"]);
            messages.SetMissingRequestBodyRequiredValueAccessor(() => text["Validation_BodyMissing"]);
            messages.SetValueMustNotBeNullAccessor(_ => text["Validation_Required"]);
            messages.SetAttemptedValueIsInvalidAccessor((value, _) => text["Validation_ValueInvalid", value]);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => text["Validation_ValueInvalid", value]);
            messages.SetUnknownValueIsInvalidAccessor(_ => text["Validation_Invalid"]);
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => text["Validation_Invalid"]);
            messages.SetValueIsInvalidAccessor(value => text["Validation_ValueInvalid", value]);
            messages.SetValueMustBeANumberAccessor(_ => text["Validation_Number"]);
            messages.SetNonPropertyValueMustBeANumberAccessor(() => text["Validation_Number"]);
            options.ModelMetadataDetailsProviders.Add(new RequiredMessageKey());
        });
        return mvc;
    }

    /// <summary>
    /// A non-nullable value type (bool PrivacyConsent, int SortOrder) is required without an attribute, and MVC then
    /// makes a RequiredAttribute of its own for the client message, without a message key, so it stays English; an
    /// inferred one for a non-nullable string has no key either. Give both the key, so DataAnnotations
    /// localization translates them.
    /// </summary>
    private sealed class RequiredMessageKey : IValidationMetadataProvider
    {
        private const string Key = "Validation_Required";

        public void CreateValidationMetadata(ValidationMetadataProviderContext context)
        {
            var validators = context.ValidationMetadata.ValidatorMetadata;
            foreach (var required in validators.OfType<RequiredAttribute>().Where(r => r.ErrorMessage is null && r.ErrorMessageResourceName is null))
            {
                required.ErrorMessage = Key;
            }

            var type = context.Key.ModelType;
            if (context.Key.MetadataKind == ModelMetadataKind.Property && type.IsValueType
                && Nullable.GetUnderlyingType(type) is null && !validators.OfType<RequiredAttribute>().Any())
            {
                // Never fails on the server (a value type is never null); it only carries the message.
                validators.Add(new ClientRequiredAttribute { ErrorMessage = Key });
            }
        }
    }

    /// <summary>
    /// The implicit "required" of a value type, for the browser's message only: MVC never checked value types on the
    /// server (a missing check box binds as false), and a real [Required] there would turn every post without such a
    /// field into a 400 (UnreadableFormValueFilter). The client adapter is chosen by type, so the message is localized.
    /// </summary>
    private sealed class ClientRequiredAttribute : RequiredAttribute
    {
        public override bool IsValid(object? value) => true;
    }
}
