using System.Text.Json.Nodes;

namespace Conformance.ImagesApi.Auth.Keystone;

/// <summary>The body of <c>POST /v3/auth/tokens</c> for a <see cref="KeystoneAuth"/> (Identity API v3).</summary>
public static class KeystoneTokenRequest
{
    /// <param name="scoped">False asks for an unscoped token: used to tell a wrong password from a missing role.</param>
    public static JsonObject Body(KeystoneAuth auth, bool scoped = true)
    {
        var identity = auth.Method switch
        {
            KeystoneAuthMethod.Password => new JsonObject
            {
                ["methods"] = new JsonArray("password"),
                ["password"] = new JsonObject { ["user"] = User(auth, auth.Password) },
            },
            KeystoneAuthMethod.ApplicationCredential => new JsonObject
            {
                ["methods"] = new JsonArray("application_credential"),
                ["application_credential"] = ApplicationCredential(auth),
            },
            _ => new JsonObject
            {
                ["methods"] = new JsonArray("token"),
                ["token"] = new JsonObject { ["id"] = auth.Token },
            },
        };
        var body = new JsonObject { ["identity"] = identity };
        // An application credential carries its own scope; asking for another one is an error.
        if (scoped && auth.Method != KeystoneAuthMethod.ApplicationCredential && auth.Project is not null)
        {
            body["scope"] = new JsonObject { ["project"] = Project(auth) };
        }
        return new JsonObject { ["auth"] = body };
    }

    private static JsonObject User(KeystoneAuth auth, string? password)
    {
        var user = auth.UserId is { } id
            ? new JsonObject { ["id"] = id }
            : new JsonObject { ["name"] = auth.Username, ["domain"] = Domain(auth.UserDomainId, auth.UserDomainName) };
        if (password is not null)
        {
            user["password"] = password;
        }
        return user;
    }

    private static JsonObject ApplicationCredential(KeystoneAuth auth)
    {
        var credential = auth.ApplicationCredentialId is { } id
            ? new JsonObject { ["id"] = id }
            : new JsonObject { ["name"] = auth.ApplicationCredentialName, ["user"] = User(auth, password: null) };
        credential["secret"] = auth.ApplicationCredentialSecret;
        return credential;
    }

    private static JsonObject Project(KeystoneAuth auth) => auth.ProjectId is { } id
        ? new JsonObject { ["id"] = id }
        : new JsonObject { ["name"] = auth.ProjectName, ["domain"] = Domain(auth.ProjectDomainId, auth.ProjectDomainName) };

    private static JsonObject Domain(string? id, string? name) =>
        id is not null ? new JsonObject { ["id"] = id }
        : name is not null ? new JsonObject { ["name"] = name }
        : new JsonObject { ["id"] = KeystoneAuth.DefaultDomainId };
}
